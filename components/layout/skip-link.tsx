import { useTranslations } from "next-intl";

/** The first focusable element: jumps past the header to <main id="main">. */
export function SkipLink() {
  const t = useTranslations("common");
  return (
    <a
      href="#main"
      className="sr-only z-50 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:inline-flex focus:min-h-11 focus:items-center focus:rounded-8 focus:bg-yellow-300 focus:px-4 focus:text-std-16B-170 focus:text-solid-gray-900 focus:underline"
    >
      {t("skipToMain")}
    </a>
  );
}
