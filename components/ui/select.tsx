import type { ComponentProps } from "react";
import { cx } from "./cx";
import { FieldError, FieldHint, FieldLabel, FieldShell, fieldIds, type FieldProps } from "./field";
import { controlStyle } from "./styles";

export interface SelectOption {
  value: string;
  label: string;
}

/** Options under a heading (<optgroup>), e.g. municipalities by area. */
export interface SelectOptionGroup {
  label: string;
  options: readonly SelectOption[];
}

const isGroup = (option: SelectOption | SelectOptionGroup): option is SelectOptionGroup => "options" in option;

function OptionList({ options }: { options: readonly SelectOption[] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}

export type SelectProps = Omit<ComponentProps<"select">, "id" | "name" | "required" | "children"> &
  FieldProps & {
    name: string;
    id?: string;
    options: readonly (SelectOption | SelectOptionGroup)[];
    /** A first, empty option such as 「選択してください」; omit it when a default is sensible. */
    placeholder?: string;
  };

/** A labelled native <select>, with the same label, hint and error wiring as TextField. */
export function Select({ label, hint, error, required, name, id, options, placeholder, className, ...props }: SelectProps) {
  const selectId = id ?? name;
  const ids = fieldIds(selectId, { hint, error });
  return (
    <FieldShell invalid={ids.invalid} className={className}>
      <FieldLabel htmlFor={selectId} required={required}>
        {label}
      </FieldLabel>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId} error={error} />
      <div className="relative md:max-w-md">
        <select
          id={selectId}
          name={name}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid || undefined}
          aria-required={required || undefined}
          className={cx(controlStyle, "appearance-none pr-12")}
          {...props}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) =>
            isGroup(option) ? (
              <optgroup key={option.label} label={option.label}>
                <OptionList options={option.options} />
              </optgroup>
            ) : (
              <OptionList key={option.value} options={[option]} />
            ),
          )}
        </select>
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          width="16"
          height="16"
          className="pointer-events-none absolute top-1/2 right-4 -translate-y-1/2 text-solid-gray-900 forced-colors:text-[CanvasText]"
        >
          <path d="M13.33 4.4 8 9.73 2.67 4.4l-.94.93L8 11.6l6.27-6.27-.94-.93Z" fill="currentColor" />
        </svg>
      </div>
    </FieldShell>
  );
}
