import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

/** Previous / next links that keep the other filters; the current page is stated in words. */
export async function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("zukan");
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-4">
      {page > 1 ? <TextLink href={hrefFor(page - 1)}>{t("previous")}</TextLink> : <span />}
      <p aria-current="page">{t("page", { page, pageCount })}</p>
      {page < pageCount ? <TextLink href={hrefFor(page + 1)}>{t("next")}</TextLink> : <span />}
    </nav>
  );
}
