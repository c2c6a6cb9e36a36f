import { useTranslations } from "next-intl";
import { HomeSection, Prose } from "./home-section";

/** NETSUGEN: where it is and when it is open (seed 000). */
export function NetsugenSection() {
  const t = useTranslations("home.netsugen");
  const hours = [
    { days: t("weekdays"), time: t("weekdaysHours") },
    { days: t("weekends"), time: t("weekendsHours") },
  ];
  return (
    <HomeSection id="netsugen" title={t("title")} tone="muted">
      <div className="flex flex-col gap-8 lg:flex-row lg:gap-12">
        <Prose>
          <p>{t("body")}</p>
          <p>{t("floors")}</p>
        </Prose>
        <div className="flex w-full max-w-120 flex-col gap-3">
          <h3 className="text-std-20B-150 text-solid-gray-900">{t("hoursTitle")}</h3>
          <dl className="rounded-12 border border-solid-gray-420 bg-white">
            {hours.map((row) => (
              <div key={row.days} className="flex flex-wrap justify-between gap-x-6 gap-y-1 border-b border-solid-gray-200 px-5 py-4 last:border-b-0">
                <dt className="text-std-17B-170 text-solid-gray-900">{row.days}</dt>
                <dd className="text-std-17N-170 text-solid-gray-900 tabular-nums">{row.time}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
    </HomeSection>
  );
}
