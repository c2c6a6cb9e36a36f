"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { SIGN_IN_RATE_LIMITED, waitSecondsOf } from "@/lib/auth/sign-in-errors";

export interface SignInFormProps {
  /** A same-site path, already checked on the server. */
  callbackPath: string;
  /** Set when next-auth sent the browser back here after a failed attempt. */
  initialError?: boolean;
}

/**
 * Credentials sign-in through next-auth's client, which adds the CSRF token. One message for
 * every failure, so the form never tells whether an address has an account.
 */
export function SignInForm({ callbackPath, initialError = false }: SignInFormProps) {
  const t = useTranslations("signIn");
  const tWait = useTranslations("signInWait");
  const [failed, setFailed] = useState<"credentials" | "rateLimited" | null>(initialError ? "credentials" : null);
  const [waitSeconds, setWaitSeconds] = useState<number | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    setPending(true);
    setFailed(null);
    setWaitSeconds(null);
    try {
      // next-auth's client is fetched when the form is sent, not with the page.
      const { signIn } = await import("next-auth/react");
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        // A full navigation, so every server component renders with the new session.
        window.location.assign(callbackPath);
        return;
      }
      const wait = waitSecondsOf(result?.error);
      if (wait !== null) setWaitSeconds(wait);
      else setFailed(result?.error === SIGN_IN_RATE_LIMITED ? "rateLimited" : "credentials");
    } catch {
      setFailed("credentials");
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      {failed === "credentials" && (
        <Alert tone="error" title={t("failed")}>
          {t("failedHint")}
        </Alert>
      )}
      {waitSeconds !== null && (
        <Alert tone="error" title={tWait("title")}>
          {waitSeconds < 60 ? tWait("seconds", { seconds: waitSeconds }) : tWait("minutes", { minutes: Math.ceil(waitSeconds / 60) })}
        </Alert>
      )}
      {failed === "rateLimited" && (
        <Alert tone="error" title={t("rateLimited")}>
          {t("rateLimitedHint")}
        </Alert>
      )}
      <TextField name="email" type="email" label={t("email")} required autoComplete="username" inputMode="email" width="md" />
      <TextField name="password" type="password" label={t("password")} required autoComplete="current-password" width="md" />
      <div>
        <Button type="submit" size="lg" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
