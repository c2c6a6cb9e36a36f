import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/**
 * The way into a workshop from the home page. A plain GET form with no script: /w turns
 * ?code=… into the session's address, so it works on any phone the moment the page arrives.
 */
export async function JoinCodeForm() {
  const [t, tCode] = await Promise.all([getTranslations("homeStart.join"), getTranslations("workshops.code")]);
  return (
    <form action="/w" method="get" aria-labelledby="home-join-title" className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 bg-white p-4 md:p-6">
      <h2 id="home-join-title" className="text-std-20B-150 text-solid-gray-900">
        {t("title")}
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          name="code"
          label={tCode("label")}
          hint={t("hint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          enterKeyHint="go"
          maxLength={12}
          width="sm"
          className="[&_input]:text-xl [&_input]:tracking-widest"
        />
        <Button type="submit" size="md">
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
