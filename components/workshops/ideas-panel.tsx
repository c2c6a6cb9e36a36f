"use client";

import { useLocale, useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { ideaAction, voteAction } from "@/app/w/[code]/actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Fieldset } from "@/components/ui/fieldset";
import { TextField } from "@/components/ui/text-field";
import type { Board, BoardIdea } from "@/lib/workshops/queries";
import { NEED_KINDS } from "@/lib/workshops/choices";
import { ActionFeedback } from "./action-feedback";
import { ReportButton } from "./report-button";
import { goalName } from "./sdg-swatch";
import type { SdgGoalInfo } from "@/lib/sdgs/goal-info";
import { TextArea } from "./text-area";
import { usePhoneAction } from "./use-phone-action";

function IdeaForm({ board, goals }: { board: Board; goals: SdgGoalInfo[] }) {
  const t = useTranslations("workshops.ideas");
  const needs = useTranslations("workshops.need");
  const locale = useLocale();
  const { state, pending, submit, clientKey, version } = usePhoneAction(ideaAction);
  const { fieldError } = useFormFeedback(state);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(new FormData(event.currentTarget));
  };
  return (
    <form key={version} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <input type="hidden" name="sessionId" value={board.session.id} />
      <input type="hidden" name="clientKey" value={clientKey} />
      <ActionFeedback state={state} success={t("posted")} />
      <TextField name="title" label={t("ideaTitle")} required maxLength={80} autoComplete="off" error={fieldError("title")} />
      <TextArea name="description" label={t("description")} hint={t("descriptionHint")} required maxLength={2000} error={fieldError("description")} />
      {board.seriesCards.length > 0 && (
        <Fieldset id="issueCardIds" label={t("answers")} error={fieldError("issueCardIds")}>
          {board.seriesCards.map((card) => (
            <Checkbox key={card.id} name="issueCardIds" value={card.id} label={card.text} />
          ))}
        </Fieldset>
      )}
      <details>
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-std-17B-170 text-blue-1000 underline">{t("goals")}</summary>
        <Fieldset id="goals" label={t("goals")} error={fieldError("goals")} className="mt-2">
          {goals.map((goal) => (
            <Checkbox key={goal.number} name="goals" value={String(goal.number)} label={`${goal.number}. ${goalName(goal, locale)}`} />
          ))}
        </Fieldset>
      </details>
      <Fieldset id="needs" label={t("needs")} error={fieldError("needs")}>
        {NEED_KINDS.map((need) => (
          <Checkbox key={need} name="needs" value={need} label={needs(need)} />
        ))}
      </Fieldset>
      <div>
        <Button type="submit" size="lg" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}

function VoteButtons({ board, idea, votedIdeas }: { board: Board; idea: BoardIdea; votedIdeas: BoardIdea[] }) {
  const t = useTranslations("workshops.ideas");
  const { state, pending, submit } = usePhoneAction(voteAction);
  const send = (fields: Record<string, string>) => {
    const data = new FormData();
    data.set("sessionId", board.session.id);
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    submit(data);
  };
  const left = board.me?.votesLeft ?? 0;
  const moveFrom = votedIdeas.find((v) => v.id !== idea.id);
  return (
    <div className="flex flex-col gap-2">
      <ActionFeedback state={state && !state.ok ? state : null} />
      <div className="flex flex-wrap items-center gap-2">
        {left > 0 ? (
          <Button size="sm" onClick={() => send({ kind: "add", ideaId: idea.id, seen: String(idea.myVotes) })} aria-disabled={pending || undefined} aria-label={t("voteFor", { title: idea.title })}>
            {t("vote")}
          </Button>
        ) : (
          moveFrom && (
            <Button size="sm" variant="secondary" onClick={() => send({ kind: "move", fromIdeaId: moveFrom.id, toIdeaId: idea.id, seen: String(moveFrom.myVotes) })} aria-disabled={pending || undefined}>
              {t("moveHere", { from: moveFrom.title })}
            </Button>
          )
        )}
        {idea.myVotes > 0 && (
          <Button size="sm" variant="secondary" onClick={() => send({ kind: "remove", ideaId: idea.id, seen: String(idea.myVotes) })} aria-disabled={pending || undefined} aria-label={t("unvoteFor", { title: idea.title })}>
            {t("unvote")}
          </Button>
        )}
      </div>
    </div>
  );
}

/** Session 3: submit ideas, then dot-vote with a fixed number of dots that can be moved. */
export function IdeasPanel({ board, goals }: { board: Board; goals: SdgGoalInfo[] }) {
  const t = useTranslations("workshops.ideas");
  const ideas = [...board.ideas].sort((a, b) => b.votes - a.votes);
  const votedIdeas = board.ideas.filter((i) => i.myVotes > 0);
  const list = (
    <section key="list" aria-labelledby="vote-heading" className="flex flex-col gap-4">
      <h2 id="vote-heading" className="text-std-24B-150">{t("list", { count: board.ideas.length })}</h2>
      <p role="status" className="text-std-17B-170">{t("votesLeft", { count: board.me?.votesLeft ?? 0, total: board.session.votesPerParticipant })}</p>
      {ideas.length === 0 && <p className="text-std-16N-170">{t("none")}</p>}
      <ul className="flex flex-col gap-3">
        {ideas.map((idea) => (
          <li key={idea.id} className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 p-4">
            <h3 className="text-std-20B-150 wrap-anywhere">{idea.title}</h3>
            <p className="text-std-16N-170 whitespace-pre-line wrap-anywhere">{idea.description}</p>
            <p className="text-std-16B-170">
              {t("votes", { count: idea.votes })}
              {idea.myVotes > 0 && <span className="ml-2 font-normal">{t("myVotes", { count: idea.myVotes })}</span>}
              {idea.shortlisted && <span className="ml-2 rounded-4 bg-green-900 px-2 text-white">{t("shortlisted")}</span>}
            </p>
            <VoteButtons board={board} idea={idea} votedIdeas={votedIdeas} />
            {!idea.mine && <ReportButton sessionId={board.session.id} subjectType="WORKSHOP_IDEA" subjectId={idea.id} />}
          </li>
        ))}
      </ul>
    </section>
  );
  const form = (
    <section key="form" aria-labelledby="idea-heading" className="flex flex-col gap-4">
      <h2 id="idea-heading" className="text-std-24B-150">{t("title")}</h2>
      <IdeaForm board={board} goals={goals} />
    </section>
  );
  // While ideas are being written the form comes first; from the vote on, the list does.
  const writing = board.session.stage === "intro" || board.session.stage === "ideas";
  return <div className="flex flex-col gap-10">{writing ? [form, list] : [list, form]}</div>;
}
