"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { normaliseJoinCode } from "@/lib/workshops/rules/join-code";

/** Typing the code shown on the projector, for phones that cannot scan the QR code. */
export function CodeForm({ invalid = false }: { invalid?: boolean }) {
  const t = useTranslations("workshops.code");
  const router = useRouter();
  const [error, setError] = useState<string | undefined>(invalid ? t("invalid") : undefined);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = normaliseJoinCode(new FormData(event.currentTarget).get("code"));
    if (code) router.push(`/w/${code}`);
    else setError(t("invalid"));
  };
  return (
    <form onSubmit={onSubmit} action="/w" noValidate className="flex flex-col gap-4">
      {error && <Alert tone="error">{error}</Alert>}
      <TextField name="code" label={t("label")} hint={t("hint")} required autoComplete="off" autoCapitalize="characters" maxLength={12} width="md" error={error} className="[&_input]:text-2xl [&_input]:tracking-widest" />
      <div>
        <Button type="submit" size="lg">{t("submit")}</Button>
      </div>
    </form>
  );
}
