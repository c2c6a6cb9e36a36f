import Link from "next/link";
import { useTranslations } from "next-intl";
import { Container } from "@/components/ui/container";
import { linkStyle } from "@/components/ui/styles";
import { richTags } from "@/lib/i18n/rich";
import { SiteLogo } from "./site-logo";

/** The contentinfo landmark: what the site is and where its facts come from. */
export function SiteFooter() {
  const t = useTranslations("footer");
  const common = useTranslations("common");
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
        <p>
          <Link href="/accessibility" className={`text-std-16N-170 ${linkStyle}`}>
            {t("accessibility")}
          </Link>
        </p>
      </Container>
    </footer>
  );
}
