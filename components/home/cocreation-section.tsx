import { useTranslations } from "next-intl";
import { richTags } from "@/lib/i18n/rich";
import { HomeSection, Prose } from "./home-section";

const BACKGROUND = ["population", "ties", "business", "government", "needs"] as const;

/** What 官民共創 is, and why the prefecture pursues it (seed 002, slide 3). */
export function CocreationSection() {
  const t = useTranslations("home.cocreation");
  return (
    <HomeSection id="cocreation" title={t.rich("title", richTags)}>
      <Prose>
        <p>{t.rich("body", richTags)}</p>
      </Prose>
      <div className="flex max-w-180 flex-col gap-3">
        <h3 className="text-std-20B-150 text-solid-gray-900">{t("backgroundTitle")}</h3>
        <p className="text-std-17N-170 text-solid-gray-800">{t("backgroundIntro")}</p>
        <ul className="flex list-disc flex-col gap-1 pl-6 text-std-17N-170 text-solid-gray-800 marker:text-blue-900">
          {BACKGROUND.map((item) => (
            <li key={item}>{t(`background.${item}`)}</li>
          ))}
        </ul>
        <p className="text-std-17N-170 text-solid-gray-800">{t("conclusion")}</p>
      </div>
    </HomeSection>
  );
}
