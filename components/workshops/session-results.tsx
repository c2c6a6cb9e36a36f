"use client";

import { useTranslations } from "next-intl";
import type { Board } from "@/lib/workshops/queries";
import { IdeasBoard } from "./ideas-board";
import { IssueMap } from "./issue-map";
import type { SdgGoalInfo } from "@/lib/sdgs/goal-info";
import { SdgTally } from "./sdg-tally";
import { langOf } from "@/lib/i18n/text-lang";

/** A finished session's outcome: the tally, the issue map or the ideas with their votes. */
export function SessionResults({ board, goals }: { board: Board; goals: SdgGoalInfo[] }) {
  const t = useTranslations("workshopLive");
  return (
    <div className="flex flex-col gap-8">
      {board.session.kind === "SDG_CARD_GAME" && (
        <section aria-labelledby="tally-heading" className="flex flex-col gap-4">
          <h2 id="tally-heading" className="text-std-24B-150">{t("tallyTitle")}</h2>
          <SdgTally tally={board.tally} goals={goals} />
          {board.reflections.length > 0 && (
            <>
              <h3 className="text-std-20B-150">{t("reflections")}</h3>
              <ul className="flex list-disc flex-col gap-1 pl-6">
                {board.reflections.map((r) => (
                  <li key={r.id} lang={langOf(r.text)} className="wrap-anywhere">{r.text}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {board.session.kind === "ISSUE_STRUCTURE" && (
        <section aria-labelledby="map-heading" className="flex flex-col gap-4">
          <h2 id="map-heading" className="text-std-24B-150">{t("mapTitle")}</h2>
          <IssueMap board={board} />
        </section>
      )}
      {board.session.kind === "IDEATION" && (
        <section aria-labelledby="ideas-heading" className="flex flex-col gap-4">
          <h2 id="ideas-heading" className="text-std-24B-150">{t("ideasTitle")}</h2>
          <IdeasBoard board={board} />
        </section>
      )}
    </div>
  );
}
