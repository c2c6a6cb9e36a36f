import { getLocale, getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { TextLink } from "@/components/ui/text-link";
import type { CurrentUser } from "@/lib/auth/session";
import { dot } from "@/lib/i18n/punctuation";
import { JourneyLinks } from "./journey-links";
import { JoinCodeForm } from "./join-code-form";
import { NextSteps } from "./next-steps";

const FACTS = ["areas", "participants", "kpis", "netsugen"] as const;

/**
 * The first screen on a phone is for doing, not reading: a signed-in person's next step, the
 * workshop join code, and the other three journeys. What the programme is comes after.
 */
export async function HomeHero({ user }: { user: CurrentUser | null }) {
  const [t, tStart, locale] = await Promise.all([getTranslations("home"), getTranslations("homeStart"), getLocale()]);
  return (
    <div className="border-b border-solid-gray-200 bg-blue-50">
      <Container className="flex flex-col gap-4 py-4 md:gap-8 md:py-12">
        <div className="flex flex-col gap-2">
          <h1 className="max-w-200 text-balance text-std-20B-150 text-solid-gray-900 md:text-std-36B-140">{t("hero.title")}</h1>
          <p className="hidden max-w-180 text-std-17N-170 text-solid-gray-800 md:block">{t("hero.lead")}</p>
        </div>
        {user && <NextSteps user={user} />}
        <div className="grid grid-cols-1 gap-2 md:gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:items-stretch">
          <JoinCodeForm />
          <JourneyLinks />
        </div>
        {!user && (
          <p className="text-std-16N-170 text-solid-gray-800">
            {tStart("account.lead")} <TextLink href="/signup">{tStart("account.signUp")}</TextLink>
            {dot(locale)}
            <TextLink href="/signin">{tStart("account.signIn")}</TextLink>
          </p>
        )}
        <p className="max-w-180 text-std-16N-170 text-solid-gray-800 md:hidden">{t("hero.lead")}</p>
        <ul aria-label={t("facts.label")} className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {FACTS.map((fact) => (
            <li key={fact} className="flex flex-col gap-1 rounded-12 border border-solid-gray-420 bg-white p-3 md:p-4">
              <span className="text-std-20B-150 text-blue-900 md:text-std-26B-150">{t(`facts.${fact}.value`)}</span>{" "}
              <span className="text-std-16N-170 text-solid-gray-800">{t(`facts.${fact}.label`)}</span>
            </li>
          ))}
        </ul>
      </Container>
    </div>
  );
}
