import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";

export type RadioProps = Omit<ComponentProps<"input">, "type"> & {
  name: string;
  value: string;
  label: ReactNode;
  /** Extra text under the label, e.g. a plan's price. */
  description?: ReactNode;
};

/** One native radio button. Group them in a Fieldset, which carries the question, hint and error. */
export function Radio({ name, value, id, label, description, className, ...props }: RadioProps) {
  const inputId = id ?? `${name}-${value}`;
  const descriptionId = description ? `${inputId}-description` : undefined;
  return (
    <div className={cx("flex items-start gap-3", className)}>
      <input
        id={inputId}
        type="radio"
        name={name}
        value={value}
        aria-describedby={descriptionId}
        className="mt-2.5 size-6 shrink-0 cursor-pointer accent-blue-900"
        {...props}
      />
      <div className="flex flex-col">
        <label htmlFor={inputId} className="flex min-h-11 cursor-pointer items-center py-1 text-std-16N-170 text-solid-gray-800">
          {label}
        </label>
        {description && (
          <p id={descriptionId} className="text-std-16N-170 text-solid-gray-700">
            {description}
          </p>
        )}
      </div>
    </div>
  );
}
