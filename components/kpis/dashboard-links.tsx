import Link from "next/link";
import { useTranslations } from "next-intl";
import { linkStyle } from "@/components/ui/styles";

/** The method page, the downloads and the licence: on every dashboard page. */
export function DashboardLinks() {
  const t = useTranslations("dashboard");
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-2">
      <li><Link href="/dashboard/method" className={linkStyle}>{t("methodLink")}</Link></li>
      <li><a href="/api/v1/kpis.csv" className={linkStyle} download>{t("openDataLink")}</a></li>
      <li>
        {/* A JSON route handler, not a page: a full navigation, never a client-side one. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/api/v1/kpis" className={linkStyle}>{t("apiLink")}</a>
      </li>
    </ul>
  );
}

export function LicenceNote() {
  const t = useTranslations("dashboard");
  return <p className="border-t border-solid-gray-200 pt-4 text-dns-14N-130 text-solid-gray-800">{t("licence")}</p>;
}
