import { useFormatter, useLocale, useTranslations } from "next-intl";
import { TextLink } from "@/components/ui/text-link";
import type { NetsugenOverview, SpaceDto } from "@/lib/netsugen/queries";
import { dot } from "@/lib/i18n/punctuation";

export function Occupancy({ inUse, capacity }: { inUse: number; capacity: number }) {
  const t = useTranslations("netsugen.public");
  return (
    <section aria-labelledby="netsugen-occupancy" className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 bg-white p-6">
      <h2 id="netsugen-occupancy" className="text-std-20B-150">
        {t("occupancyTitle")}
      </h2>
      <p className="text-std-28B-150 tabular-nums">{t("occupancy", { inUse, capacity })}</p>
      <meter min={0} max={Math.max(capacity, 1)} value={inUse} aria-label={t("occupancyTitle")} className="h-4 w-full" />
      <p className="text-std-16N-170 text-solid-gray-700">{t("occupancyNote")}</p>
    </section>
  );
}

export function Plans({ plans }: { plans: NetsugenOverview["plans"] }) {
  const t = useTranslations("netsugen.public");
  const format = useFormatter();
  const locale = useLocale();
  const yen = (n: number) => format.number(n, { style: "currency", currency: "JPY" });
  return (
    <section aria-labelledby="netsugen-plans" className="flex flex-col gap-3">
      <h2 id="netsugen-plans" className="text-std-24B-150">
        {t("plansTitle")}
      </h2>
      <ul className="grid gap-4 md:grid-cols-3">
        {plans.map((plan) => (
          <li key={plan.code} className="flex flex-col gap-2 rounded-12 border border-solid-gray-420 bg-white p-5">
            <h3 className="text-std-17B-170">{locale === "ja" ? plan.nameJa : plan.nameEn}</h3>
            <p className="text-std-20B-150 tabular-nums">
              {plan.per === "MONTH" ? t("perMonth", { price: yen(plan.priceJpy) }) : t("perHour", { price: yen(plan.priceJpy), cap: yen(plan.dailyCapJpy ?? 0) })}
            </p>
          </li>
        ))}
      </ul>
      <p className="text-std-16N-170 text-solid-gray-700">{t("feeNote")}</p>
    </section>
  );
}

export function UpcomingEvents({ events }: { events: NetsugenOverview["events"] }) {
  const t = useTranslations("netsugen.public");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <section aria-labelledby="netsugen-events" className="flex flex-col gap-3">
      <h2 id="netsugen-events" className="text-std-24B-150">
        {t("eventsTitle")}
      </h2>
      {events.length === 0 ? (
        <p className="text-std-16N-170">{t("noEvents")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {events.map((e) => (
            <li key={e.slug} className="text-std-16N-170">
              <time dateTime={e.startsAt.toISOString()}>
                {format.dateTime(e.startsAt, { month: "long", day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Tokyo" })}
              </time>{" "}
              <TextLink href={`/netsugen/events/${e.slug}`}>{locale === "en" && e.titleEn ? e.titleEn : e.titleJa}</TextLink>
              {e.isDemo && <span className="ml-2 rounded-4 border border-solid-gray-536 px-1 text-dns-14N-130">{t("demo")}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SpacesList({ spaces }: { spaces: readonly SpaceDto[] }) {
  const t = useTranslations("netsugen.public");
  const locale = useLocale();
  return (
    <section aria-labelledby="netsugen-spaces" className="flex flex-col gap-3">
      <h2 id="netsugen-spaces" className="text-std-24B-150">
        {t("spacesTitle")}
      </h2>
      <ul className="grid gap-4 md:grid-cols-2">
        {spaces.map((s) => {
          const name = locale === "ja" ? s.nameJa : s.nameEn;
          return (
            <li key={s.slug} className="flex flex-col gap-2 rounded-12 border border-solid-gray-420 bg-white p-5">
              <h3 className="text-std-17B-170">
                {name}
                {s.isDemo && <span className="ml-2 rounded-4 border border-solid-gray-536 px-1 text-dns-14N-130 font-normal">{t("demo")}</span>}
              </h3>
              <p className="text-std-16N-170">{locale === "ja" ? s.descriptionJa : s.descriptionEn}</p>
              <p className="text-std-16N-170 text-solid-gray-700">
                {t("spaceFacts", { capacity: s.capacity, min: s.minMinutes, max: s.maxMinutes })}
                {s.requiresApproval && `${dot(locale)}${t("needsApproval")}`}
              </p>
              <p>
                <TextLink href={`/netsugen/spaces/${s.slug}`}>{t("viewAvailability", { name })}</TextLink>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
