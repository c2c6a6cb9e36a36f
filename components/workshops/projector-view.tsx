"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import type { Board } from "@/lib/workshops/queries";
import { IdeasBoard } from "./ideas-board";
import { IssueMap } from "./issue-map";
import type { SdgGoalInfo } from "@/lib/sdgs/goal-info";
import { SdgTally } from "./sdg-tally";
import { useLiveBoard } from "./use-live-board";

/** How many reflections fit above the tally at projector size; older ones make room for new. */
const LATEST_REFLECTIONS = 2;

/**
 * The projector: one full screen, white on black, read from the back of the hall (text at 40 px
 * or more on a 1920×1080 screen; smaller on a small screen, where the facilitator checks it). How to join (QR code, address, code) stands on the right, the
 * room's live work on the left with the newest posts in view, and nothing scrolls. The way back
 * to the console is for the facilitator only: hidden from the audience until it has focus.
 */
export function ProjectorView({ initial, goals, joinUrl, joinCode, qrSvg, consoleHref }: { initial: Board; goals: SdgGoalInfo[]; joinUrl: string; joinCode: string; qrSvg: string; consoleHref: string }) {
  const t = useTranslations("projector");
  const live = useTranslations("workshopLive");
  const kinds = useTranslations("workshops.board");
  const { board, status } = useLiveBoard(initial.session.id, initial);
  const title = board.session.kind === "SDG_CARD_GAME" ? live("tallyTitle") : board.session.kind === "ISSUE_STRUCTURE" ? live("mapTitle") : live("ideasTitle");
  const latest = board.reflections.slice(-LATEST_REFLECTIONS).reverse();
  const { host, pathname: path } = new URL(joinUrl);
  return (
    <div
      className="fixed inset-0 z-50 grid grid-cols-1 content-start gap-x-12 gap-y-8 overflow-auto bg-black p-4 text-2xl leading-[1.3] text-white sm:p-8 lg:text-[2.5rem] lg:grid-cols-[minmax(0,1fr)_auto] lg:grid-rows-[auto_minmax(0,1fr)] lg:content-stretch lg:overflow-hidden"
      data-live-status={status}
      data-projector
    >
      <nav aria-label={t("controls")} className="fixed top-4 left-4 z-10">
        <Link href={consoleHref} className="sr-only bg-white text-std-20B-150 text-blue-1000 underline focus:not-sr-only focus:block focus:p-4">
          {t("exit")}
        </Link>
      </nav>
      <header className="flex min-w-0 flex-col gap-2">
        <p className="text-yellow-300">{kinds(`kind.${board.session.kind}`)}</p>
        <h1 className="text-4xl leading-[1.2] font-bold lg:text-[4rem]">{title}</h1>
        <p role="status">
          {t("participants", { count: board.session.participants })}
          {!board.session.submissionsOpen && ` · ${t("closed")}`}
        </p>
      </header>
      <section aria-label={t("joinAt")} className="flex flex-col items-center gap-4 text-center lg:row-span-2 lg:w-[36rem]" data-testid="projector-join">
        <p className="font-bold lg:whitespace-nowrap">{t("instruction")}</p>
        {/* The QR code is generated on the server from our own URL by the qrcode package. */}
        <div role="img" aria-label={t("qrAlt")} className="aspect-square w-full max-w-[32rem] bg-white p-3 [&>svg]:size-full" dangerouslySetInnerHTML={{ __html: qrSvg }} data-testid="projector-qr" />
        <p className="wrap-anywhere">
          {/* Without the scheme, which phones add themselves; the line may break only before the path. */}
          {host}
          <wbr />
          {path}
        </p>
        <p>{t("code")}</p>
        <p className="font-mono text-7xl leading-none font-bold tracking-widest lg:text-[8rem]" data-testid="projector-code">
          {joinCode}
        </p>
      </section>
      <div className="min-h-0 min-w-0">
        {board.session.kind === "SDG_CARD_GAME" && (
          <SdgTally
            tally={board.tally}
            goals={goals}
            dark
            aside={
              latest.length > 0 && (
                <section aria-label={live("reflections")} className="flex flex-col gap-3">
                  <h2 className="font-bold text-yellow-300">{live("reflections")}</h2>
                  <ul className="flex flex-col gap-3">
                    {latest.map((r) => (
                      <li key={r.id} className="line-clamp-3 border-l-8 border-white pl-4 wrap-anywhere" data-testid="projector-reflection">
                        {r.text}
                      </li>
                    ))}
                  </ul>
                </section>
              )
            }
          />
        )}
        {board.session.kind === "ISSUE_STRUCTURE" && <IssueMap board={board} dark exportable={false} />}
        {board.session.kind === "IDEATION" && <IdeasBoard board={board} dark />}
      </div>
    </div>
  );
}
