import { useTranslations } from "next-intl";
import { richTags } from "@/lib/i18n/rich";
import { HomeSection, Prose } from "./home-section";

/**
 * The 湯けむりモデル. The seed keeps only the analogy (co-creation likened to how a hot spring
 * forms); its diagram was lost, so the page claims no more than that, and says plainly that the
 * rising-steam reading is this platform's own aim.
 */
export function ModelSection() {
  const t = useTranslations("home.model");
  return (
    <HomeSection id="yukemuri-model" title={t("title")} tone="muted">
      <div className="flex flex-col gap-6 md:flex-row md:items-start md:gap-10">
        <Prose>
          <p>{t.rich("body", richTags)}</p>
          <p>{t("name")}</p>
          <p>{t.rich("zukan", richTags)}</p>
        </Prose>
        <SteamIllustration />
      </div>
    </HomeSection>
  );
}

function SteamIllustration() {
  return (
    <svg aria-hidden="true" viewBox="0 0 240 160" className="hidden w-60 shrink-0 md:block">
      <g fill="none" strokeLinecap="round" strokeWidth="6">
        <path d="M80 112c-12-12 12-24 0-36s12-24 0-36" className="stroke-blue-300" />
        <path d="M120 112c-12-12 12-24 0-36s12-24 0-36s12-24 0-24" className="stroke-blue-500" />
        <path d="M160 112c-12-12 12-24 0-36s12-24 0-36" className="stroke-blue-300" />
      </g>
      <ellipse cx="120" cy="132" rx="92" ry="18" className="fill-blue-200" />
      <ellipse cx="120" cy="128" rx="72" ry="10" className="fill-blue-400" />
    </svg>
  );
}
