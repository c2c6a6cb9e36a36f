import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Container } from "@/components/ui/container";
import { linkStyle } from "@/components/ui/styles";
import { isLocale } from "@/lib/i18n/config";
import { colon } from "@/lib/i18n/punctuation";
import { richTags } from "@/lib/i18n/rich";
import { operatorName } from "@/lib/site/operator";
import { SiteLogo } from "./site-logo";

const LINKS = [
  ["/privacy", "privacyLink"],
  ["/terms", "termsLink"],
  ["/contact", "contactLink"],
  ["/accessibility", "accessibility"],
] as const;

/** The contentinfo landmark: what the site is, who runs it and where its facts come from. */
export function SiteFooter() {
  const t = useTranslations("footer");
  const common = useTranslations("common");
  const legal = useTranslations("legal");
  const locale = useLocale();
  return (
    <footer className="mt-auto border-t border-solid-gray-420 bg-solid-gray-50">
      <Container className="flex flex-col gap-3 py-8">
        <p className="flex items-center gap-3 text-std-17B-170 text-solid-gray-900">
          <SiteLogo className="size-8 shrink-0" />
          <span>
            <span lang="ja">{common("siteNameJa")}</span> <span lang="en">{common("siteNameEn")}</span>
          </span>
        </p>
        <p className="max-w-180 text-std-16N-170 text-solid-gray-800">{t.rich("about", richTags)}</p>
        <p className="max-w-180 text-std-16N-170 text-solid-gray-700">{t("sources")}</p>
        <p className="max-w-180 text-std-16N-170 text-solid-gray-700">
          {legal("operatorLabel")}
          {colon(locale)}
          {operatorName(isLocale(locale) ? locale : "ja")}
        </p>
        <nav aria-label={legal("footerNav")}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {LINKS.map(([href, label]) => (
              <li key={href}>
                <Link href={href} className={`inline-flex min-h-11 items-center text-std-16N-170 ${linkStyle}`}>
                  {label === "accessibility" ? t("accessibility") : legal(label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </footer>
  );
}
