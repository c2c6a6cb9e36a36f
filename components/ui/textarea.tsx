import type { ComponentProps } from "react";
import { FieldError, FieldHint, FieldLabel, FieldShell, fieldIds, type FieldProps } from "./field";
import { controlStyle } from "./styles";

export type TextareaProps = Omit<ComponentProps<"textarea">, "id" | "name" | "required"> &
  FieldProps & {
    name: string;
    id?: string;
  };

/** A labelled multi-line input with the same hint and error wiring as TextField. */
export function Textarea({ label, hint, error, required, name, id, className, rows = 5, ...props }: TextareaProps) {
  const inputId = id ?? name;
  const ids = fieldIds(inputId, { hint, error });
  return (
    <FieldShell invalid={ids.invalid} className={className}>
      <FieldLabel htmlFor={inputId} required={required}>
        {label}
      </FieldLabel>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId} error={error} />
      <textarea
        id={inputId}
        name={name}
        rows={rows}
        aria-describedby={ids.describedBy}
        aria-invalid={ids.invalid || undefined}
        aria-required={required || undefined}
        className={controlStyle}
        {...props}
      />
    </FieldShell>
  );
}
