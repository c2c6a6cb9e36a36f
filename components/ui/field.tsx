import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cx } from "./cx";

// The parts every form control shares: label row, hint, error, and the ids that tie them together.

export interface FieldProps {
  /** The visible label. It is the control's accessible name, so keep it short and exact. */
  label: ReactNode;
  /** Help shown under the label, read after the label via aria-describedby. */
  hint?: ReactNode;
  /** Translated error message(s). Any message marks the control aria-invalid. */
  error?: string | readonly string[] | null;
  /** Shows 必須 / Required and sets aria-required. */
  required?: boolean;
}

export function errorList(error: FieldProps["error"]): readonly string[] {
  if (!error) return [];
  return typeof error === "string" ? [error] : error;
}

/** The ids of a control's hint and error, and the aria-describedby value that joins them. */
export function fieldIds(id: string, { hint, error }: Pick<FieldProps, "hint" | "error">) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorList(error).length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { hintId, errorId, describedBy, invalid: errorId !== undefined };
}

/**
 * 必須 / Required. Outside the <label> and hidden from screen readers, so the accessible name
 * stays exactly the label text; aria-required on the control announces it instead.
 */
export function RequirementBadge({ required }: { required?: boolean }) {
  const t = useTranslations("common");
  if (!required) return null;
  return (
    <span aria-hidden="true" className="text-oln-16N-100 text-red-900">
      {t("required")}
    </span>
  );
}

export function FieldLabel({ htmlFor, required, children }: { htmlFor: string; required?: boolean; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <label htmlFor={htmlFor} className="text-std-17B-170 text-solid-gray-800">
        {children}
      </label>
      <RequirementBadge required={required} />
    </div>
  );
}

export function FieldHint({ id, children }: { id?: string; children?: ReactNode }) {
  if (!id || !children) return null;
  return (
    <p id={id} className="text-std-16N-170 text-solid-gray-700">
      {children}
    </p>
  );
}

export function FieldError({ id, error }: { id?: string; error: FieldProps["error"] }) {
  const t = useTranslations("common");
  const messages = errorList(error);
  if (!id || messages.length === 0) return null;
  return (
    <div id={id} className="text-std-16N-170 text-error-1">
      {messages.map((message) => (
        <p key={message}>
          <span className="sr-only">{t("errorPrefix")}</span>
          {message}
        </p>
      ))}
    </div>
  );
}

/** Vertical rhythm of one field, with the DADS red bar beside a field in error. */
export function FieldShell({ invalid, className, children }: { invalid?: boolean; className?: string; children: ReactNode }) {
  return (
    <div className={cx("flex flex-col gap-2", invalid && "border-l-4 border-error-1 pl-4", className)}>{children}</div>
  );
}
