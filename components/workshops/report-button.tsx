"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { reportAction } from "@/app/w/[code]/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { PostType } from "@/lib/workshops/choices";
import { ActionFeedback } from "./action-feedback";
import { usePhoneAction } from "./use-phone-action";

/** 通報: anyone in the room may flag a post for the facilitator (Gunma's anti-defamation ordinance). */
export function ReportButton({ sessionId, subjectType, subjectId }: { sessionId: string; subjectType: PostType; subjectId: string }) {
  const t = useTranslations("workshops.report");
  const { state, pending, submit } = usePhoneAction(reportAction);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(new FormData(event.currentTarget));
  };
  if (state?.ok) return <p role="status" className="text-std-16N-170 text-solid-gray-700">{t("done")}</p>;
  return (
    <details className="text-std-16N-170">
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-blue-1000 underline">{t("open")}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-2 flex flex-col gap-3">
        <input type="hidden" name="sessionId" value={sessionId} />
        <input type="hidden" name="subjectType" value={subjectType} />
        <input type="hidden" name="subjectId" value={subjectId} />
        <ActionFeedback state={state} />
        <TextField id={`reason-${subjectId}`} name="reason" label={t("reason")} required maxLength={500} />
        <div>
          <Button type="submit" variant="secondary" size="sm" aria-disabled={pending || undefined}>
            {t("submit")}
          </Button>
        </div>
      </form>
    </details>
  );
}
