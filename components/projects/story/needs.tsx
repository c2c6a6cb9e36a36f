import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import type { ProjectStory } from "@/lib/projects/queries";
import { OfferForm } from "../offer-form";
import { langOf } from "@/lib/i18n/text-lang";
import { dot } from "@/lib/i18n/punctuation";

/** What the project needs, how far each need is met, and a way to help: seed 002's second question. */
export async function ProjectNeeds({ needs, signedIn, slug }: { needs: ProjectStory["needs"]; signedIn: boolean; slug: string }) {
  const [t, tNeed, tStatus, tRoute, format, locale] = await Promise.all([
    getTranslations("project"),
    getTranslations("need"),
    getTranslations("needStatus"),
    getTranslations("fundingRoute"),
    getFormatter(),
    getLocale(),
  ]);
  const yen = (amount: number) => format.number(amount, { style: "currency", currency: "JPY" });
  return (
    <section aria-labelledby="needs" className="flex flex-col gap-4">
      <h2 id="needs" className="text-std-24B-150">
        {t("needs")}
      </h2>
      {needs.length === 0 ? (
        <p>{t("noNeeds")}</p>
      ) : (
        <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {needs.map((need) => (
            <Card as="li" key={need.id}>
              <p className="text-dns-14B-130 text-solid-gray-700">
                {tNeed(need.kind)}{dot(locale)}{tStatus(need.status)}
              </p>
              <h3 lang={langOf(need.titleJa)} className="text-std-20B-150">{need.titleJa}</h3>
              {need.descriptionJa && <p>{need.descriptionJa}</p>}
              {need.fundingRoute && <p className="text-solid-gray-700">{tRoute(need.fundingRoute)}</p>}
              {need.kind === "FUNDING" && need.amountJpy !== null && (
                <div className="flex flex-col gap-1">
                  <progress
                    className="h-3 w-full accent-blue-900"
                    value={Math.min(need.metAmountJpy, need.amountJpy)}
                    max={need.amountJpy}
                    aria-label={t("raised", { met: yen(need.metAmountJpy), goal: yen(need.amountJpy) })}
                  />
                  <p>{t("raised", { met: yen(need.metAmountJpy), goal: yen(need.amountJpy) })}</p>
                </div>
              )}
              {need.status !== "MET" &&
                (signedIn ? (
                  <details className="mt-2">
                    <summary className="min-h-11 cursor-pointer py-2 font-bold text-blue-900 underline">{t("offer")}</summary>
                    <OfferForm needId={need.id} funding={need.kind === "FUNDING"} />
                  </details>
                ) : (
                  <TextLink href={`/signin?callbackUrl=${encodeURIComponent(`/zukan/${slug}`)}`}>{t("signInToOffer")}</TextLink>
                ))}
            </Card>
          ))}
        </ul>
      )}
    </section>
  );
}
