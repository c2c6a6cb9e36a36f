import type { ReactNode } from "react";
import { cx } from "./cx";
import { FieldError, FieldHint, fieldIds, RequirementBadge, type FieldProps } from "./field";

export type FieldsetProps = FieldProps & {
  /** Used to build the hint and error ids; usually the inputs' shared `name`. */
  id: string;
  /** The question, e.g. 「ご利用の目的」. It names the group. */
  label: ReactNode;
  children: ReactNode;
  className?: string;
};

/**
 * A group of checkboxes or radios with one question (the <legend>), hint and error. The group's
 * aria-describedby reaches the hint and error when a screen reader enters it.
 */
export function Fieldset({ id, label, hint, error, required, children, className }: FieldsetProps) {
  const ids = fieldIds(id, { hint, error });
  return (
    <fieldset
      id={id}
      aria-describedby={ids.describedBy}
      className={cx("flex min-w-0 flex-col gap-2", ids.invalid && "border-l-4 border-error-1 pl-4", className)}
    >
      <legend className="mb-2 flex flex-wrap items-center gap-x-2 text-std-17B-170 text-solid-gray-800">
        <span>{label}</span>
        <RequirementBadge required={required} />
      </legend>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId} error={error} />
      <div className="flex flex-col gap-1">{children}</div>
    </fieldset>
  );
}
