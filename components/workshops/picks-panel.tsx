"use client";

import { useLocale, useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { picksAction } from "@/app/w/[code]/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Fieldset } from "@/components/ui/fieldset";
import { TextField } from "@/components/ui/text-field";
import type { Board } from "@/lib/workshops/queries";
import { ActionFeedback } from "./action-feedback";
import { goalName, SdgSwatch } from "./sdg-swatch";
import type { SdgGoalInfo } from "@/lib/sdgs/goal-info";
import { usePhoneAction } from "./use-phone-action";

/** Session 1: up to three goals that matter most for the area, and what the participant noticed. */
export function PicksPanel({ board, goals }: { board: Board; goals: SdgGoalInfo[] }) {
  const t = useTranslations("workshops.picks");
  const locale = useLocale();
  const { state, pending, submit } = usePhoneAction(picksAction);
  const { fieldError } = useFormFeedback(state);
  const mine = new Set(board.me?.picks ?? []);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(new FormData(event.currentTarget));
  };
  return (
    <section aria-labelledby="picks-heading" className="flex flex-col gap-4">
      <h2 id="picks-heading" className="text-std-24B-150">{t("title")}</h2>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
        <input type="hidden" name="sessionId" value={board.session.id} />
        <ActionFeedback state={state} success={t("saved")} />
        <Fieldset id="goals" label={t("goals")} hint={t("goalsHint")} required error={fieldError("goals")}>
          <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
            {goals.map((goal) => (
              <label key={goal.number} htmlFor={`goal-${goal.number}`} className="flex min-h-12 cursor-pointer items-center gap-3 rounded-8 border border-solid-gray-420 p-2 has-checked:border-2 has-checked:border-blue-900 has-checked:bg-blue-50">
                <input id={`goal-${goal.number}`} type="checkbox" name="goals" value={goal.number} defaultChecked={mine.has(goal.number)} className="size-6 shrink-0 accent-blue-900" />
                <SdgSwatch goal={goal} />
                <span className="text-std-16N-170">{goalName(goal, locale)}</span>
              </label>
            ))}
          </div>
        </Fieldset>
        <TextField name="reflection" label={t("reflection")} hint={t("reflectionHint")} maxLength={200} defaultValue={board.me?.reflection ?? ""} error={fieldError("reflection")} />
        <div>
          <Button type="submit" size="lg" aria-disabled={pending || undefined}>
            {pending ? t("submitting") : t("submit")}
          </Button>
        </div>
      </form>
    </section>
  );
}
