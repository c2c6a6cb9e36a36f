"use client";

import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { SuccessNotice } from "@/components/ui/success-notice";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import type { ActionResult } from "@/lib/actions/result";

/** The error summary of a failed post, or a short success notice (announced politely). */
export function ActionFeedback({ state, success }: { state: ActionResult<unknown> | null; success?: string }) {
  const { summary } = useFormFeedback(state);
  if (summary) return <FormErrorSummary title={summary.title} errors={summary.errors} />;
  if (state?.ok && success) return <SuccessNotice key={JSON.stringify(state)}>{success}</SuccessNotice>;
  return null;
}
