import { getTranslations } from "next-intl/server";
import { cx } from "@/components/ui/cx";

// Each stage has a word and a shape cue, never colour alone.
const STAGE_STYLE: Record<string, string> = {
  FORMING: "border-solid-gray-536 bg-white text-solid-gray-900",
  PLANNING: "border-blue-900 bg-white text-blue-900",
  PILOT: "border-blue-900 bg-blue-50 text-blue-900",
  RUNNING: "border-green-900 bg-green-50 text-green-900",
  SCALING: "border-green-900 bg-green-100 text-green-900",
  PAUSED: "border-orange-1000 bg-orange-50 text-orange-1000",
  ENDED: "border-solid-gray-536 bg-solid-gray-100 text-solid-gray-800",
};

export async function StageBadge({ stage }: { stage: string }) {
  const t = await getTranslations("stage");
  return (
    <span className={cx("inline-flex items-center rounded-full border px-2.5 py-0.5 text-dns-14B-130 whitespace-nowrap", STAGE_STYLE[stage])}>{t(stage)}</span>
  );
}

/** Marks content made up for the demo, in the data and on screen. */
export async function DemoBadge() {
  const t = await getTranslations("zukan");
  return <span className="inline-flex items-center rounded-4 border border-dashed border-solid-gray-536 px-2 py-0.5 text-dns-14N-130 text-solid-gray-800 whitespace-nowrap">{t("demo")}</span>;
}
