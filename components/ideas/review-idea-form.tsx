"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { reviewIdeaAction } from "@/app/(staff)/staff/ideas/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { DECLINE_REASONS } from "@/lib/ideas/choices";

export interface ReviewIdeaFormProps {
  ideaId: string;
  /** The decisions open from the idea's current status. */
  choices: readonly string[];
  /** Other open ideas this one could be merged into. */
  mergeTargets: { id: string; title: string }[];
}

export function ReviewIdeaForm({ ideaId, choices, mergeTargets }: ReviewIdeaFormProps) {
  const t = useTranslations("review");
  const tStatus = useTranslations("ideas.status");
  const tCommon = useTranslations("common");
  const [state, formAction, pending] = useActionState(reviewIdeaAction, null);
  const { fieldError, summary, value } = useFormFeedback(state);
  const [decision, setDecision] = useState(value("to") ?? choices[0] ?? "");
  const id = (name: string) => `${name}-${ideaId}`;
  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="flex flex-col gap-4">
      {summary && <FormErrorSummary title={summary.title} errors={summary.errors.map((e) => ({ ...e, fieldId: id(e.fieldId) }))} />}
      <input type="hidden" name="ideaId" value={ideaId} />
      <Select
        name="to"
        id={id("to")}
        label={t("decision")}
        required
        value={decision}
        onChange={(event) => setDecision(event.target.value)}
        options={choices.map((choice) => ({ value: choice, label: tStatus(choice) }))}
        error={fieldError("to")}
      />
      {decision === "DECLINED" && (
        <Select
          name="declineReason"
          id={id("declineReason")}
          label={t("declineReason")}
          required
          placeholder={tCommon("choose")}
          options={DECLINE_REASONS.map((reason) => ({ value: reason, label: t(`reason.${reason}`) }))}
          error={fieldError("declineReason")}
        />
      )}
      {decision === "MERGED" && (
        <Select
          name="mergeIntoId"
          id={id("mergeIntoId")}
          label={t("mergeInto")}
          required
          placeholder={tCommon("choose")}
          options={mergeTargets.map((target) => ({ value: target.id, label: target.title }))}
          error={fieldError("mergeIntoId")}
        />
      )}
      <Textarea name="answer" id={id("answer")} label={t("answer")} rows={3} maxLength={4000} defaultValue={value("answer")} error={fieldError("answer")} />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
