import { useTranslations } from "next-intl";
import { Container } from "@/components/ui/container";

/** Where the facts on the home page come from. */
export function SourcesNote() {
  const t = useTranslations("home.sources");
  return (
    <section aria-labelledby="sources-title" className="border-t border-solid-gray-200">
      <Container className="flex flex-col gap-2 py-8">
        <h2 id="sources-title" className="text-std-17B-170 text-solid-gray-900">
          {t("title")}
        </h2>
        <p className="max-w-180 text-std-16N-170 text-solid-gray-700">{t("body")}</p>
      </Container>
    </section>
  );
}
