"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { Board } from "@/lib/workshops/queries";
import { CardsPanel } from "./cards-panel";
import { IdeasPanel } from "./ideas-panel";
import { PicksPanel } from "./picks-panel";
import type { SdgGoalInfo } from "@/lib/sdgs/goal-info";
import { useLiveBoard } from "./use-live-board";

/** A participant's phone: who they are, whether the board is live, and the session's task. */
export function ParticipantBoard({ initial, goals, title }: { initial: Board; goals: SdgGoalInfo[]; title: string }) {
  const t = useTranslations("workshops.board");
  const { board, status } = useLiveBoard(initial.session.id, initial);
  return (
    <div className="flex flex-col gap-6 pb-16">
      <header className="flex flex-col gap-2 pt-6">
        <p className="text-std-16B-170 text-solid-gray-700">{title}</p>
        <h1 className="text-std-28B-150">{t(`kind.${board.session.kind}`)}</h1>
        <p className="text-std-16N-170">{t("youAre", { nickname: board.me?.nickname ?? "" })}</p>
        <p className="flex items-center gap-2 text-std-16N-170" role="status">
          <span aria-hidden="true" className={`inline-block size-3 rounded-full ${status === "live" ? "bg-green-900" : "bg-orange-700"}`} />
          {t(`status.${status}`)}
        </p>
        {board.session.stage && <p className="text-std-16N-170">{t("stage", { stage: t(`stages.${board.session.stage}`) })}</p>}
      </header>
      {board.session.state !== "OPEN" ? (
        <Alert tone="info">{t("ended")}</Alert>
      ) : (
        !board.session.submissionsOpen && <Alert tone="warning">{t("submissionsClosed")}</Alert>
      )}
      {board.session.kind === "SDG_CARD_GAME" && <PicksPanel board={board} goals={goals} />}
      {board.session.kind === "ISSUE_STRUCTURE" && <CardsPanel board={board} />}
      {board.session.kind === "IDEATION" && <IdeasPanel board={board} goals={goals} />}
    </div>
  );
}
