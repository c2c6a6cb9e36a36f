import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/styles";

const JOURNEYS = [
  { key: "dashboard", href: "/dashboard" },
  { key: "zukan", href: "/zukan" },
  { key: "netsugen", href: "/netsugen#netsugen-spaces" },
] as const;

/** The other three journeys as large tap targets, each a whole-row link with a one-line purpose. */
export async function JourneyLinks() {
  const t = await getTranslations("homeStart");
  return (
    <nav aria-label={t("journeysLabel")}>
      <ul className="grid grid-cols-1 gap-2 md:grid-cols-3 md:gap-3">
        {JOURNEYS.map(({ key, href }) => (
          <li key={key}>
            <Link
              href={href}
              className={cx(
                "flex h-full min-h-14 flex-col justify-center gap-0.5 rounded-12 border border-solid-gray-420 bg-white px-4 py-2 text-solid-gray-900 hover:border-blue-900 hover:bg-blue-50 md:py-3",
                focusRing,
              )}
            >
              <span className="flex items-center justify-between gap-2 text-std-18B-160 text-blue-900 underline underline-offset-3">
                {t(`${key}.title`)}
                <span aria-hidden="true">→</span>
              </span>
              <span className="text-dns-16N-130 text-solid-gray-800">{t(`${key}.body`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
