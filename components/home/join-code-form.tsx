import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { FieldHint, FieldLabel } from "@/components/ui/field";
import { controlStyle } from "@/components/ui/styles";

/**
 * The way into a workshop from the home page. A plain GET form with no script: /w turns
 * ?code=… into the session's address, so it works on any phone the moment the page arrives.
 * The button sits beside the field, so the form takes little of a phone's first screen.
 */
export async function JoinCodeForm() {
  const t = await getTranslations("homeStart.join");
  return (
    <form action="/w" method="get" className="flex flex-col gap-2 rounded-12 border border-solid-gray-420 bg-white p-4 md:p-6">
      <FieldLabel htmlFor="home-join-code">{t("title")}</FieldLabel>
      <FieldHint id="home-join-code-hint">{t("hint")}</FieldHint>
      <div className="flex gap-2">
        <input
          id="home-join-code"
          name="code"
          type="text"
          aria-describedby="home-join-code-hint"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          enterKeyHint="go"
          maxLength={12}
          className={cx(controlStyle, "min-w-0 flex-1 text-xl tracking-widest md:max-w-56")}
        />
        <Button type="submit" size="lg" className="shrink-0">
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
