"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import type { Board } from "@/lib/workshops/queries";
import { IdeasBoard } from "./ideas-board";
import { IssueMap } from "./issue-map";
import type { SdgGoalInfo } from "./sdg-swatch";
import { SdgTally } from "./sdg-tally";
import { useLiveBoard } from "./use-live-board";

/**
 * The projector: full screen, white on black, large type. It shows how to join (URL, code and
 * QR code) beside the room's live work, and nothing hidden by the facilitator.
 */
export function ProjectorView({ initial, goals, joinUrl, joinCode, qrSvg, consoleHref }: { initial: Board; goals: SdgGoalInfo[]; joinUrl: string; joinCode: string; qrSvg: string; consoleHref: string }) {
  const t = useTranslations("projector");
  const live = useTranslations("workshopLive");
  const kinds = useTranslations("workshops.board");
  const { board, status } = useLiveBoard(initial.session.id, initial);
  const title = board.session.kind === "SDG_CARD_GAME" ? live("tallyTitle") : board.session.kind === "ISSUE_STRUCTURE" ? live("mapTitle") : live("ideasTitle");
  return (
    <div className="fixed inset-0 z-50 flex flex-col overflow-auto bg-black p-6 text-white" data-live-status={status}>
      <header className="flex flex-wrap items-start justify-between gap-6">
        <div className="flex flex-col gap-2">
          <p className="text-2xl">{kinds(`kind.${board.session.kind}`)}</p>
          <h1 className="text-5xl font-bold">{title}</h1>
          <p className="text-3xl" role="status">{t("participants", { count: board.session.participants })}{!board.session.submissionsOpen && ` · ${t("closed")}`}</p>
        </div>
        <div className="flex items-center gap-6">
          <div className="flex flex-col gap-1 text-right">
            <p className="text-2xl">{t("joinAt")}</p>
            <p className="text-3xl font-bold break-all">{joinUrl}</p>
            <p className="text-2xl">{t("code")}</p>
            <p className="font-mono text-6xl font-bold tracking-widest">{joinCode}</p>
          </div>
          {/* The QR code is generated on the server from our own URL by the qrcode package. */}
          <div className="size-48 shrink-0 bg-white p-2" dangerouslySetInnerHTML={{ __html: qrSvg }} />
        </div>
      </header>
      <div className="mt-8 flex-1">
        {board.session.kind === "SDG_CARD_GAME" && <SdgTally tally={board.tally} goals={goals} dark />}
        {board.session.kind === "ISSUE_STRUCTURE" && <IssueMap board={board} dark exportable={false} />}
        {board.session.kind === "IDEATION" && <IdeasBoard board={board} dark />}
        {board.session.kind === "SDG_CARD_GAME" && board.reflections.length > 0 && (
          <section aria-label={live("reflections")} className="mt-8">
            <h2 className="text-3xl font-bold">{live("reflections")}</h2>
            <ul className="mt-3 grid grid-cols-1 gap-3 md:grid-cols-2">
              {board.reflections.slice(-8).map((r) => (
                <li key={r.id} className="rounded-8 border-2 border-white p-4 text-2xl wrap-anywhere">{r.text}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <Link href={consoleHref} className="mt-6 self-start text-xl text-white underline">{t("exit")}</Link>
    </div>
  );
}
