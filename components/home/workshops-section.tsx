import { useTranslations } from "next-intl";
import { richTags } from "@/lib/i18n/rich";
import { HomeSection, Prose } from "./home-section";

const YEARS = ["y2021", "y2022", "y2023"] as const;
const SESSIONS = ["s1", "s2", "s3"] as const;
const OUTCOMES = ["ozenosato", "himokawa", "others"] as const;

/** 未来共創ワークショップ: areas by year, the three sessions, and what grew from them (seed 002). */
export function WorkshopsSection() {
  const t = useTranslations("home.workshops");
  return (
    <HomeSection id="workshops" title={t.rich("title", richTags)}>
      <Prose>
        <p>{t("intro")}</p>
      </Prose>

      <div className="flex flex-col gap-3">
        <h3 className="text-std-20B-150 text-solid-gray-900">{t("areasTitle")}</h3>
        <p className="text-std-17N-170 text-solid-gray-800">{t("areasIntro")}</p>
        <dl className="grid max-w-200 grid-cols-1 border-t border-solid-gray-420 sm:grid-cols-[8rem_1fr]">
          {YEARS.map((year) => (
            <div key={year} className="contents">
              <dt className="pt-3 text-std-17B-170 text-solid-gray-900 sm:border-b sm:border-solid-gray-420 sm:py-3">
                {t(`years.${year}.year`)}
              </dt>
              <dd className="border-b border-solid-gray-420 pb-3 text-std-17N-170 text-solid-gray-800 sm:py-3">
                {t(`years.${year}.areas`)}
              </dd>
            </div>
          ))}
        </dl>
      </div>

      <div className="flex flex-col gap-3">
        <h3 className="text-std-20B-150 text-solid-gray-900">{t("sessionsTitle")}</h3>
        <ol className="grid grid-cols-1 gap-4 md:grid-cols-3">
          {SESSIONS.map((session) => (
            <li key={session} className="flex flex-col gap-2 rounded-12 border border-solid-gray-420 bg-white p-5">
              <span className="w-fit rounded-4 bg-blue-900 px-2 py-0.5 text-dns-14B-130 text-white">
                {t(`sessions.${session}.label`)}
              </span>
              <span className="text-std-18B-160 text-solid-gray-900">{t(`sessions.${session}.title`)}</span>
              <span className="text-std-16N-170 text-solid-gray-800">{t(`sessions.${session}.body`)}</span>
            </li>
          ))}
        </ol>
      </div>

      <div className="flex max-w-180 flex-col gap-3">
        <h3 className="text-std-20B-150 text-solid-gray-900">{t("outcomesTitle")}</h3>
        <ul className="flex list-disc flex-col gap-2 pl-6 text-std-17N-170 text-solid-gray-800 marker:text-blue-900">
          {OUTCOMES.map((outcome) => (
            <li key={outcome}>{t.rich(`outcomes.${outcome}`, richTags)}</li>
          ))}
        </ul>
        <p className="text-std-17N-170 text-solid-gray-800">{t("challenge")}</p>
      </div>
    </HomeSection>
  );
}
