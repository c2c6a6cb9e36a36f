import type { ComponentProps } from "react";
import { cx } from "./cx";
import { FieldError, FieldHint, FieldLabel, FieldShell, fieldIds, type FieldProps } from "./field";
import { controlStyle } from "./styles";

export type TextFieldProps = Omit<ComponentProps<"input">, "id" | "name" | "required"> &
  FieldProps & {
    name: string;
    /** Defaults to `name`; pass one when a page has two fields with the same name. */
    id?: string;
    /** Narrower inputs hint at the expected length (postcodes, numbers). */
    width?: "full" | "md" | "sm";
  };

const widths = { full: "", md: "md:max-w-md", sm: "max-w-48" } as const;

/**
 * A labelled text input. The hint and error are tied to the input with aria-describedby, and an
 * error sets aria-invalid. `required` sets aria-required, not the native attribute, so the form's
 * own messages (not the browser's bubbles) explain what is missing.
 */
export function TextField({ label, hint, error, required, name, id, width = "full", className, type = "text", ...props }: TextFieldProps) {
  const inputId = id ?? name;
  const ids = fieldIds(inputId, { hint, error });
  return (
    <FieldShell invalid={ids.invalid} className={className}>
      <FieldLabel htmlFor={inputId} required={required}>
        {label}
      </FieldLabel>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId} error={error} />
      <input
        id={inputId}
        name={name}
        type={type}
        aria-describedby={ids.describedBy}
        aria-invalid={ids.invalid || undefined}
        aria-required={required || undefined}
        className={cx(controlStyle, widths[width])}
        {...props}
      />
    </FieldShell>
  );
}
