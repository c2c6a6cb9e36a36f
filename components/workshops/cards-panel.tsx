"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { editIssueCardAction, issueCardAction, issueLinkAction } from "@/app/w/[code]/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import type { Board } from "@/lib/workshops/queries";
import { ActionFeedback } from "./action-feedback";
import { ReportButton } from "./report-button";
import { usePhoneAction } from "./use-phone-action";

const formData = (event: FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  return new FormData(event.currentTarget);
};

function PostCardForm({ sessionId }: { sessionId: string }) {
  const t = useTranslations("workshops.cards");
  const { state, pending, submit, clientKey, version } = usePhoneAction(issueCardAction);
  const { fieldError } = useFormFeedback(state);
  return (
    <form key={version} onSubmit={(e) => submit(formData(e))} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="clientKey" value={clientKey} />
      <ActionFeedback state={state} success={t("posted")} />
      <TextField name="text" label={t("text")} hint={t("textHint")} required maxLength={140} autoComplete="off" error={fieldError("text")} />
      <div>
        <Button type="submit" size="lg" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}

function LinkForm({ board }: { board: Board }) {
  const t = useTranslations("workshops.cards");
  const { state, pending, submit, version } = usePhoneAction(issueLinkAction);
  const { fieldError } = useFormFeedback(state);
  const options = board.cards.map((c) => ({ value: c.id, label: c.text }));
  if (board.cards.length < 2) return <p className="text-std-16N-170 text-solid-gray-700">{t("linkNeedsTwo")}</p>;
  return (
    <form key={version} onSubmit={(e) => submit(formData(e))} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="sessionId" value={board.session.id} />
      <ActionFeedback state={state} success={t("linked")} />
      <Select name="fromCardId" label={t("cause")} options={options} placeholder={t("choose")} required error={fieldError("fromCardId")} />
      <Select name="toCardId" label={t("effect")} options={options} placeholder={t("choose")} required error={fieldError("toCardId")} />
      <div>
        <Button type="submit" variant="secondary" size="lg" aria-disabled={pending || undefined}>
          {t("link")}
        </Button>
      </div>
    </form>
  );
}

function EditCard({ sessionId, card }: { sessionId: string; card: { id: string; text: string } }) {
  const t = useTranslations("workshops.cards");
  const { state, pending, submit } = usePhoneAction(editIssueCardAction);
  const { fieldError } = useFormFeedback(state);
  return (
    <details>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-blue-1000 underline">{t("edit")}</summary>
      <form onSubmit={(e) => submit(formData(e))} noValidate className="mt-2 flex flex-col gap-3">
        <input type="hidden" name="sessionId" value={sessionId} />
        <input type="hidden" name="cardId" value={card.id} />
        <ActionFeedback state={state} success={t("saved")} />
        <TextField id={`edit-${card.id}`} name="text" label={t("editText")} required maxLength={140} defaultValue={card.text} error={fieldError("text")} />
        <div>
          <Button type="submit" variant="secondary" size="sm" aria-disabled={pending || undefined}>
            {t("save")}
          </Button>
        </div>
      </form>
    </details>
  );
}

/** Session 2: post issue cards, link them cause → effect, and see the room's cards. */
export function CardsPanel({ board }: { board: Board }) {
  const t = useTranslations("workshops.cards");
  const text = new Map(board.cards.map((c) => [c.id, c.text]));
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="post-card-heading" className="flex flex-col gap-4">
        <h2 id="post-card-heading" className="text-std-24B-150">{t("title")}</h2>
        <PostCardForm sessionId={board.session.id} />
      </section>
      <section aria-labelledby="link-heading" className="flex flex-col gap-4">
        <h2 id="link-heading" className="text-std-24B-150">{t("linkTitle")}</h2>
        <LinkForm board={board} />
      </section>
      <section aria-labelledby="cards-heading" className="flex flex-col gap-4">
        <h2 id="cards-heading" className="text-std-24B-150">{t("list", { count: board.cards.length })}</h2>
        {board.cards.length === 0 && <p className="text-std-16N-170">{t("none")}</p>}
        <ul className="flex flex-col gap-3">
          {board.cards.map((card) => (
            <li key={card.id} className="flex flex-col gap-1 rounded-8 border border-solid-gray-420 bg-yellow-50 p-3">
              <p className="text-std-17N-170 wrap-anywhere">
                {board.rootCauses.includes(card.id) && <span className="mr-2 rounded-4 bg-red-900 px-2 text-white">{t("rootCause")}</span>}
                {card.text}
                {card.mine && <span className="ml-2 text-std-16N-170 text-solid-gray-700">{t("mine")}</span>}
              </p>
              {card.mine ? <EditCard sessionId={board.session.id} card={card} /> : <ReportButton sessionId={board.session.id} subjectType="ISSUE_CARD" subjectId={card.id} />}
            </li>
          ))}
        </ul>
        {board.links.length > 0 && (
          <>
            <h3 className="text-std-20B-150">{t("links")}</h3>
            <ul className="flex list-disc flex-col gap-1 pl-6">
              {board.links.map((l) => (
                <li key={l.id} className="wrap-anywhere">{t("linkText", { cause: text.get(l.from) ?? "", effect: text.get(l.to) ?? "" })}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
