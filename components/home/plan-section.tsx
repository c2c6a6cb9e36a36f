import { useTranslations } from "next-intl";
import { HomeSection, Prose } from "./home-section";

/** The SDGs Future City plan and its 33 KPIs (seed 000). */
export function PlanSection() {
  const t = useTranslations("home.plan");
  return (
    <HomeSection id="sdgs-plan" title={t("title")}>
      <Prose>
        <p>{t("body")}</p>
        <p>{t("example")}</p>
      </Prose>
    </HomeSection>
  );
}
