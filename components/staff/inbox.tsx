import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/styles";
import type { InboxItem } from "@/lib/staff/inbox";

/** The staff console's first section: each tray's count, linking to where the work is done. */
export async function StaffInbox({ items }: { items: readonly InboxItem[] }) {
  const t = await getTranslations("staffInbox");
  return (
    <section aria-labelledby="inbox-heading" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id="inbox-heading" className="text-std-24B-150">
          {t("title")}
        </h2>
        <p className="text-std-16N-170 text-solid-gray-800">{t("lead")}</p>
      </div>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => {
          const waiting = item.count > 0;
          return (
            <li key={item.tray}>
              <Link
                href={item.href}
                className={cx(
                  "flex h-full flex-col gap-1 rounded-12 border bg-white p-4 hover:bg-blue-50",
                  waiting ? "border-blue-900 border-l-8" : "border-solid-gray-420",
                  focusRing,
                )}
              >
                <span className="text-std-17B-170 text-blue-900 underline underline-offset-3">{t(`trays.${item.tray}`)}</span>
                <span className={cx("text-std-28B-150 tabular-nums", waiting ? "text-solid-gray-900" : "text-solid-gray-700")}>
                  {waiting ? t("count", { count: item.count }) : t("none")}
                </span>
                <span className="text-std-16N-170 text-solid-gray-800">{t(`hints.${item.tray}`)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
