"use client";

import { useEffect, useId, useRef, type MouseEvent } from "react";

export interface FormErrorItem {
  /** The id of the field in error; its link moves focus there. */
  fieldId: string;
  /** The translated message. */
  message: string;
}

export interface FormErrorSummaryProps {
  /** E.g. t("errors.checkFields"): 「入力内容を確認してください」. */
  title: string;
  errors?: readonly FormErrorItem[];
  /** Move focus to the summary when it appears or changes (default), so keyboard users land on it. */
  focusOnShow?: boolean;
}

/**
 * Shown above a form after a failed submission: announced at once (role="alert"), focused, and
 * listing each error as a link to its field.
 */
export function FormErrorSummary({ title, errors = [], focusOnShow = true }: FormErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // Refocus only when the content changes, not on every render of a parent that rebuilds the array.
  const signature = [title, ...errors.map((e) => `${e.fieldId}:${e.message}`)].join("\n");

  useEffect(() => {
    if (focusOnShow) ref.current?.focus();
  }, [focusOnShow, signature]);

  function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: "center" });
    field.focus();
  }

  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby={titleId}
      className="flex flex-col gap-2 rounded-8 border-2 border-error-1 bg-red-50 p-4 text-solid-gray-900"
    >
      <p id={titleId} className="text-std-17B-170 text-error-2">
        {title}
      </p>
      {errors.length > 0 && (
        <ul className="flex list-disc flex-col gap-1 pl-6">
          {errors.map((error) => (
            <li key={`${error.fieldId}:${error.message}`}>
              <a
                href={`#${error.fieldId}`}
                onClick={(event) => focusField(event, error.fieldId)}
                className="text-std-16N-170 text-error-2 underline underline-offset-3 hover:decoration-3 focus-visible:bg-yellow-300"
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
