import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatSessionDate } from "@/lib/workshops/format";
import type { listSeries } from "@/lib/workshops/queries";
import { sessionPhase } from "@/lib/workshops/rules/schedule";

type Series = Awaited<ReturnType<typeof listSeries>>[number];

/** Series with their three sessions; `sessionHref` decides where each session links to. */
export async function SeriesList({ series, sessionHref, seriesHref }: { series: Series[]; sessionHref: (session: Series["sessions"][number]) => string | null; seriesHref?: (series: Series) => string }) {
  const [t, locale] = await Promise.all([getTranslations("workshops"), getLocale()]);
  const now = new Date();
  if (series.length === 0) return <p className="text-std-16N-170">{t("none")}</p>;
  return (
    <ul className="flex flex-col gap-6">
      {series.map((s) => (
        <li key={s.id} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
          <h3 className="text-std-20B-150">
            {seriesHref ? (
              <Link href={seriesHref(s)} className="text-blue-1000 underline">{locale === "en" ? s.titleEn : s.titleJa}</Link>
            ) : (
              locale === "en" ? s.titleEn : s.titleJa
            )}{" "}
            <span className="text-std-16N-170">({s.year})</span>
            {s.isDemo && <span className="ml-2 rounded-4 bg-solid-gray-700 px-2 text-std-16N-170 text-white">{t("demoBadge")}</span>}
          </h3>
          <ol className="flex flex-col gap-2">
            {s.sessions.map((session) => {
              const href = sessionHref(session);
              const label = `${t("sessionLabel", { number: session.number })} ${t(`kind.${session.kind}`)}`;
              return (
                <li key={session.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-std-16N-170">
                  {href ? (
                    <Link href={href} className="inline-flex min-h-11 items-center text-blue-1000 underline">{label}</Link>
                  ) : (
                    <span className="inline-flex min-h-11 items-center">{label}</span>
                  )}
                  <span>{formatSessionDate(session.startsAt, locale)}</span>
                  <span className="rounded-4 border border-solid-gray-420 px-2">{t(`phase.${sessionPhase(session, now)}`)}</span>
                  {session._count.participants > 0 && <span>{t("participants", { count: session._count.participants })}</span>}
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ul>
  );
}
