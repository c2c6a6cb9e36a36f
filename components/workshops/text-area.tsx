import type { ComponentProps } from "react";
import { cx } from "@/components/ui/cx";
import { FieldError, FieldHint, FieldLabel, FieldShell, fieldIds, type FieldProps } from "@/components/ui/field";
import { controlStyle } from "@/components/ui/styles";

/** A labelled multi-line field with the same hint and error wiring as TextField. */
export function TextArea({ label, hint, error, required, name, className, ...props }: Omit<ComponentProps<"textarea">, "id" | "required"> & FieldProps & { name: string }) {
  const ids = fieldIds(name, { hint, error });
  return (
    <FieldShell invalid={ids.invalid} className={className}>
      <FieldLabel htmlFor={name} required={required}>{label}</FieldLabel>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId} error={error} />
      <textarea
        id={name}
        name={name}
        rows={4}
        aria-describedby={ids.describedBy}
        aria-invalid={ids.invalid || undefined}
        aria-required={required || undefined}
        className={cx(controlStyle, "min-h-32 py-3")}
        {...props}
      />
    </FieldShell>
  );
}
