import { useTranslations } from "next-intl";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";

const FACTS = ["areas", "participants", "kpis", "netsugen"] as const;

/** The h1, what the platform is for, the way in, and four facts of the programme. */
export function HomeHero() {
  const t = useTranslations("home");
  return (
    <div className="border-b border-solid-gray-200 bg-blue-50">
      <Container className="flex flex-col gap-8 py-10 md:py-14">
        <div className="flex flex-col gap-4">
          <h1 className="max-w-200 text-balance text-std-28B-150 text-solid-gray-900 md:text-std-36B-140">{t("hero.title")}</h1>
          <p className="max-w-180 text-std-17N-170 text-solid-gray-800">{t("hero.lead")}</p>
        </div>
        <div className="flex flex-col gap-3">
          <p className="text-std-16N-170 text-solid-gray-800">{t("hero.actionsLead")}</p>
          <div className="flex flex-wrap gap-4">
            <LinkButton href="/signup" size="lg">
              {t("hero.signUp")}
            </LinkButton>
            <LinkButton href="/signin" variant="secondary" size="lg">
              {t("hero.signIn")}
            </LinkButton>
          </div>
        </div>
        <ul aria-label={t("facts.label")} className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {FACTS.map((fact) => (
            <li key={fact} className="flex flex-col gap-1 rounded-12 border border-solid-gray-420 bg-white p-4">
              <span className="text-std-26B-150 text-blue-900">{t(`facts.${fact}.value`)}</span>{" "}
              <span className="text-std-16N-170 text-solid-gray-800">{t(`facts.${fact}.label`)}</span>
            </li>
          ))}
        </ul>
      </Container>
    </div>
  );
}
