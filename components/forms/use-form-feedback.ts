"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import type { FormErrorItem } from "@/components/ui/form-error-summary";

/**
 * Reads a server action's result for a form: translated errors per field, the summary above the
 * form, and the values to show again after a rejection.
 */
export function useFormFeedback(state: ActionResult<unknown> | null) {
  const t = useTranslations();
  const failure = state && !state.ok ? state : null;
  const fieldError = (name: string): string | undefined => {
    const key = failure?.fieldErrors?.[name]?.[0];
    return key ? t(key) : undefined;
  };
  const summary: { title: string; errors: FormErrorItem[] } | null = failure
    ? {
        title: t(failure.error),
        errors: Object.entries(failure.fieldErrors ?? {}).flatMap(([fieldId, keys]) =>
          keys[0] ? [{ fieldId, message: t(keys[0]) }] : [],
        ),
      }
    : null;
  const value = (name: string): string | undefined => failure?.values?.[name]?.[0];
  const values = (name: string): readonly string[] => failure?.values?.[name] ?? [];
  return { fieldError, summary, value, values };
}
