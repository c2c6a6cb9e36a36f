import { useTranslations } from "next-intl";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { HomeSection, Prose } from "./home-section";

// "Link only to what exists": each journey links to its first step that is already built.
const JOURNEYS = [
  { key: "residents", href: "/workshops" },
  { key: "staff", href: "/signin" },
  { key: "members", href: "/netsugen" },
  { key: "public", href: "/dashboard" },
] as const;

/** The four groups the platform serves, and the first step for each. */
export function JourneysSection() {
  const t = useTranslations("home.journeys");
  return (
    <HomeSection id="journeys" title={t("title")} tone="muted">
      <Prose>
        <p>{t("intro")}</p>
      </Prose>
      <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {JOURNEYS.map(({ key, href }) => (
          <Card as="li" key={key}>
            <h3 className="text-std-20B-150 text-solid-gray-900">{t(`${key}.title`)}</h3>
            <p className="text-std-16N-170 text-solid-gray-800">{t(`${key}.body`)}</p>
            {key === "staff" && <p className="text-std-16N-170 text-solid-gray-700">{t("staff.note")}</p>}
            {href && (
              <div className="mt-auto pt-2">
                <LinkButton href={href} variant="secondary">
                  {t(`${key}.action`)}
                </LinkButton>
              </div>
            )}
          </Card>
        ))}
      </ul>
    </HomeSection>
  );
}
