"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeSeatAction } from "@/app/(member)/netsugen/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { paren } from "@/lib/i18n/punctuation";

export interface SeatMembership {
  id: string;
  organisation: string;
  seats: { name: string; email: string }[];
}

function SeatForm({ membershipId, email, remove, label }: { membershipId: string; email?: string; remove?: boolean; label: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(changeSeatAction, null);
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="seat" value={remove ? "remove" : "add"} />
      {email ? (
        <input type="hidden" name="email" value={email} />
      ) : (
        <TextField id={`seat-email-${membershipId}`} name="email" type="email" label={t("netsugen.seats.email")} width="md" error={state && !state.ok ? t(state.error) : undefined} />
      )}
      <Button type="submit" size="sm" variant={remove ? "secondary" : "primary"} aria-label={label} aria-disabled={pending || undefined}>
        {remove ? t("netsugen.seats.remove") : t("netsugen.seats.add")}
      </Button>
      {state?.ok && !remove && <Alert tone="success">{t("netsugen.seats.added")}</Alert>}
    </form>
  );
}

/** For a company's admin: who holds a seat on the company's membership. */
export function SeatsPanel({ memberships }: { memberships: readonly SeatMembership[] }) {
  const t = useTranslations("netsugen.seats");
  const locale = useLocale();
  return (
    <>
      {memberships.map((m) => (
        <section key={m.id} aria-labelledby={`seats-${m.id}`} className="flex flex-col gap-3">
          <h2 id={`seats-${m.id}`} className="text-std-20B-150">
            {t("title", { organisation: m.organisation })}
          </h2>
          {m.seats.length === 0 ? (
            <p>{t("none")}</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {m.seats.map((s) => (
                <li key={s.email} className="flex flex-wrap items-center gap-4">
                  <span>
                    {s.name}{paren(locale, s.email)}
                  </span>
                  <SeatForm membershipId={m.id} email={s.email} remove label={t("removeLabel", { name: s.name })} />
                </li>
              ))}
            </ul>
          )}
          <SeatForm membershipId={m.id} label={t("add")} />
        </section>
      ))}
    </>
  );
}
