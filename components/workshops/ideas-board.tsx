"use client";

import { useTranslations } from "next-intl";
import type { Board } from "@/lib/workshops/queries";
import { langOf } from "@/lib/i18n/text-lang";

/** Session 3's ideas with their dots, grouped by the facilitator's clusters, most votes first. */
export function IdeasBoard({ board, dark = false }: { board: Board; dark?: boolean }) {
  const t = useTranslations("workshopLive");
  if (board.ideas.length === 0) return <p className={dark ? undefined : "text-std-16N-170"}>{t("noPosts")}</p>;
  // On the projector, ideas with equal votes show the newest first, so a new post is in view.
  const ordered = dark ? board.ideas.toReversed() : board.ideas;
  const groups = [...board.clusters.map((c) => ({ id: c.id, label: c.label })), { id: null, label: t("unclustered") }]
    .map((g) => ({ ...g, ideas: ordered.filter((i) => i.clusterId === g.id).sort((a, b) => b.votes - a.votes) }))
    .filter((g) => g.ideas.length > 0);
  return (
    <div className="flex flex-col gap-8">
      {groups.map((group) => (
        <section key={group.id ?? "none"} aria-label={group.label} className="flex flex-col gap-3">
          {(board.clusters.length > 0 || group.id) && <h3 lang={group.id ? langOf(group.label) : undefined} className={dark ? "text-4xl leading-[1.2] font-bold lg:text-[3rem]" : "text-std-20B-150"}>{group.label}</h3>}
          <ol className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {group.ideas.map((idea) => (
              <li key={idea.id} className={dark ? "rounded-8 border-2 border-white p-5" : "rounded-8 border border-solid-gray-420 p-4"}>
                <p lang={langOf(idea.title)} className={dark ? "text-3xl font-bold wrap-anywhere lg:text-[2.75rem]" : "text-std-20B-150 wrap-anywhere"}>{idea.title}</p>
                <p className={dark ? "mt-2 text-yellow-300" : "mt-1 text-std-17B-170"}>
                  <span aria-hidden="true">{"●".repeat(Math.min(idea.votes, 20))} </span>
                  {t("votes", { count: idea.votes })}
                  {idea.shortlisted && <span className={dark ? "ml-3 rounded-4 bg-white px-2 text-black" : "ml-2 rounded-4 bg-green-900 px-2 text-white"}>{t("shortlisted")}</span>}
                </p>
                {!dark && <p className="mt-1 text-std-16N-170 whitespace-pre-line wrap-anywhere">{idea.description}</p>}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
