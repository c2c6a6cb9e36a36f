import { getTranslations } from "next-intl/server";

/** The items of one catalogue group (e.g. "privacy.collect") as a bulleted list, in catalogue order. */
export async function LegalList({ namespace, group }: { namespace: "privacy" | "terms"; group: string }) {
  const t = await getTranslations(namespace);
  const keys = Object.keys(t.raw(group) as Record<string, string>);
  return (
    <ul className="flex list-disc flex-col gap-3 pl-6">
      {keys.map((key) => (
        <li key={key}>{t(`${group}.${key}`)}</li>
      ))}
    </ul>
  );
}
