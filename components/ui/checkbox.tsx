import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";
import { FieldError, FieldHint, fieldIds, RequirementBadge, type FieldProps } from "./field";

export type CheckboxProps = Omit<ComponentProps<"input">, "id" | "type" | "required"> &
  Omit<FieldProps, "label"> & {
    /** The accessible name: the whole label row is clickable, at least 44px tall. */
    label: ReactNode;
    id?: string;
  };

/**
 * A native checkbox (keyboard, forced colours and screen readers all work as the platform
 * intends), 24px with DADS blue. Use it alone, or several inside a Fieldset.
 */
export function Checkbox({ label, hint, error, required, id, name, value, className, ...props }: CheckboxProps) {
  const inputId = id ?? (value !== undefined ? `${name}-${String(value)}` : (name ?? "checkbox"));
  const ids = fieldIds(inputId, { hint, error });
  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <div className="flex items-start gap-3">
        <input
          id={inputId}
          name={name}
          value={value}
          type="checkbox"
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid || undefined}
          aria-required={required || undefined}
          className="mt-2.5 size-6 shrink-0 cursor-pointer accent-blue-900 aria-[invalid=true]:outline-2 aria-[invalid=true]:outline-error-1"
          {...props}
        />
        <div className="flex flex-wrap items-center gap-x-2">
          <label htmlFor={inputId} className="flex min-h-11 cursor-pointer items-center py-1 text-std-16N-170 text-solid-gray-800">
            {label}
          </label>
          <RequirementBadge required={required} />
        </div>
      </div>
      <div className="pl-9">
        <FieldHint id={ids.hintId}>{hint}</FieldHint>
        <FieldError id={ids.errorId} error={error} />
      </div>
    </div>
  );
}
