"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { bookSpaceAction, changeBookingAction } from "@/app/(member)/netsugen/actions";
import { SuccessNotice } from "@/components/ui/success-notice";
import { Button } from "@/components/ui/button";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { jstClock } from "./clock";

export interface BookingFormProps {
  slug: string;
  date: string;
  /** "HH:MM" starts at which at least the minimum length is free. */
  starts: readonly string[];
  minMinutes: number;
  maxMinutes: number;
  requiresApproval: boolean;
  /** Set when the member is moving this booking rather than making a new one. */
  changingId?: string | null;
  /** The member's co-creation projects, to link the booking to one. */
  projects?: readonly { slug: string; title: string }[];
}

function newClientKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Start in 15-minute steps, a length, an optional purpose. A clash offers the nearest free slots. */
export function BookingForm({ slug, date, starts, minMinutes, maxMinutes, requiresApproval, changingId, projects = [] }: BookingFormProps) {
  const t = useTranslations("netsugen.space");
  const [state, action, pending] = useActionState(changingId ? changeBookingAction : bookSpaceAction, null);
  const feedback = useFormFeedback(state);
  // One key per form instance, so a double click or a retry after a lost answer books once.
  const [clientKey, setClientKey] = useState(newClientKey);
  const [start, setStart] = useState<string | undefined>(undefined);
  const router = useRouter();
  // Someone else took the slot: the day's timeline and start times on the page are out of date.
  useEffect(() => {
    if (state && !state.ok && state.error === "netsugen.errors.slotTaken") router.refresh();
  }, [state, router]);
  const [lastResult, setLastResult] = useState(state);
  if (state !== lastResult) {
    setLastResult(state);
    if (state?.ok) setClientKey(newClientKey());
  }

  const lengths = [];
  for (let m = minMinutes; m <= maxMinutes; m += 15) lengths.push({ value: String(m), label: t("minutes", { minutes: m }) });
  const alternatives = state && !state.ok ? (state.alternatives ?? []) : [];
  const chosenStart = start ?? feedback.value("start") ?? starts[0];

  if (starts.length === 0) return <p className="text-std-16N-170">{t("noStarts")}</p>;

  return (
    <form action={action} noValidate className="flex flex-col gap-6" aria-busy={pending || undefined}>
      {state?.ok && (
        <SuccessNotice key={state.data.id} title={changingId ? t("changed") : state.data.status === "PENDING" ? t("requested") : t("booked")}>
          <TextLink href="/netsugen/bookings">{t("toMyBookings")}</TextLink>
        </SuccessNotice>
      )}
      {feedback.summary && <FormErrorSummary title={feedback.summary.title} errors={feedback.summary.errors} />}
      {alternatives.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="text-std-17B-170">{t("alternatives")}</h3>
          <ul className="flex flex-wrap gap-2">
            {alternatives.map((slot) => (
              <li key={slot.startsAt}>
                <Button variant="secondary" size="sm" onClick={() => setStart(jstClock(slot.startsAt))}>
                  {t("useAlternative", { time: jstClock(slot.startsAt) })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {changingId ? (
        <input type="hidden" name="bookingId" value={changingId} />
      ) : (
        <>
          <input type="hidden" name="resource" value={slug} />
          <input type="hidden" name="clientKey" value={clientKey} />
        </>
      )}
      <input type="hidden" name="date" value={date} />
      <Select
        name="start"
        label={t("start")}
        required
        options={starts.map((s) => ({ value: s, label: s }))}
        value={chosenStart}
        onChange={(event) => setStart(event.target.value)}
        error={feedback.fieldError("start")}
      />
      <Select
        name="minutes"
        label={t("length")}
        required
        options={lengths}
        defaultValue={feedback.value("minutes") ?? String(Math.max(minMinutes, 60 <= maxMinutes ? 60 : minMinutes))}
        error={feedback.fieldError("minutes")}
      />
      <TextField name="purpose" label={t("purpose")} hint={t("purposeHint")} maxLength={200} defaultValue={feedback.value("purpose")} error={feedback.fieldError("purpose")} />
      {!changingId && projects.length > 0 && (
        <Select
          name="project"
          label={t("project")}
          hint={t("projectHint")}
          placeholder={t("noProject")}
          options={projects.map((p) => ({ value: p.slug, label: p.title }))}
          defaultValue={feedback.value("project") ?? ""}
          error={feedback.fieldError("project")}
        />
      )}
      <div>
        <Button type="submit" size="lg" aria-disabled={pending || undefined}>
          {pending ? t("submitting") : changingId ? t("submitChange") : requiresApproval ? t("submitRequest") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
