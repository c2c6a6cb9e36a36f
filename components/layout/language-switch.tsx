import { useLocale, useTranslations } from "next-intl";
import { setLocale } from "@/app/actions/locale";
import { cx } from "@/components/ui/cx";
import { locales } from "@/lib/i18n/config";
import { richTags } from "@/lib/i18n/rich";

/**
 * 日本語 / English. A plain form that posts to the setLocale server action, so it also works
 * without JavaScript. Each option is labelled in its own language (with `lang`), and the group is
 * labelled in both, so someone who reads only one of them can still find it.
 */
export function LanguageSwitch() {
  const t = useTranslations("language");
  const active = useLocale();
  return (
    <form action={setLocale} className="flex items-center gap-2">
      <div role="group" aria-labelledby="language-switch-label" className="flex items-center gap-2">
        <span id="language-switch-label" className="flex items-center gap-1 text-dns-14N-130 text-solid-gray-800">
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className="shrink-0">
            <path
              fill="currentColor"
              d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-2.95a15.7 15.7 0 0 0-1.38-3.56A8.03 8.03 0 0 1 18.9 8ZM12 4.04c.83 1.2 1.48 2.53 1.91 3.96h-3.82c.43-1.43 1.08-2.76 1.91-3.96ZM4.26 14a8.2 8.2 0 0 1 0-4h3.38a16.5 16.5 0 0 0 0 4H4.26Zm.82 2h2.95c.32 1.25.78 2.45 1.38 3.56A7.99 7.99 0 0 1 5.08 16Zm2.95-8H5.08a7.99 7.99 0 0 1 4.33-3.56A15.7 15.7 0 0 0 8.03 8ZM12 19.96A14.1 14.1 0 0 1 10.09 16h3.82A14.1 14.1 0 0 1 12 19.96ZM14.34 14H9.66a14.7 14.7 0 0 1 0-4h4.68a14.7 14.7 0 0 1 0 4Zm.25 5.56c.6-1.11 1.06-2.31 1.38-3.56h2.95a8.03 8.03 0 0 1-4.33 3.56ZM16.36 14a16.5 16.5 0 0 0 0-4h3.38a8.2 8.2 0 0 1 0 4h-3.38Z"
            />
          </svg>
          {t.rich("label", richTags)}
        </span>
        <ul className="flex items-center gap-1">
          {locales.map((locale) => {
            const current = locale === active;
            return (
              <li key={locale}>
                <button
                  type="submit"
                  name="locale"
                  value={locale}
                  lang={locale}
                  aria-current={current ? "true" : undefined}
                  className={cx(
                    "inline-flex min-h-11 min-w-11 items-center justify-center rounded-6 px-3 text-dns-16N-130",
                    current
                      ? "bg-blue-900 font-bold text-white"
                      : "text-blue-900 underline underline-offset-3 hover:bg-blue-50 hover:decoration-3",
                  )}
                >
                  {t(locale)}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </form>
  );
}
