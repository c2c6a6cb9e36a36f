import { useTranslations } from "next-intl";
import type { PublicName } from "@/lib/users/public-name";

/** A person as the page may name them: their name, "participant", or "former user". */
export function PersonName({ person }: { person: PublicName }) {
  const t = useTranslations("people");
  if (person.kind === "named") return <>{person.name}</>;
  return <>{t(person.kind === "former" ? "formerUser" : "participant")}</>;
}
