import { getTranslations } from "next-intl/server";
import {
  closeSessionAction,
  clusterAction,
  hidePostAction,
  unhidePostAction,
  linkCardsAction,
  mergeCardsAction,
  openSessionAction,
  shortlistAction,
  stageAction,
  submissionsAction,
} from "@/app/(staff)/staff/workshops/sessions/[id]/actions";
import { Alert } from "@/components/ui/alert";
import { Checkbox } from "@/components/ui/checkbox";
import { Fieldset } from "@/components/ui/fieldset";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";
import { buttonClasses } from "@/components/ui/button";
import type { Board } from "@/lib/workshops/queries";
import { STAGES } from "@/lib/workshops/rules/stages";
import { ConsoleForm } from "./console-form";

export interface ConsoleProps {
  board: Board;
  joinCode: string | null;
  join: { url: string; qrSvg: string } | null;
  reports: { id: string; subjectType: string; subjectId: string; reason: string; text: string }[];
  /** This session's hidden posts, newest first, each with 表示に戻す. */
  hidden: { subjectType: string; subjectId: string; text: string }[];
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4 border-t border-solid-gray-420 pt-6">
      <h2 id={id} className="text-std-24B-150">{title}</h2>
      {children}
    </section>
  );
}

/** The facilitator's controls for one session, with every post and a hide button beside it. */
export async function SessionConsole({ board, joinCode, join, reports, hidden }: ConsoleProps) {
  const t = await getTranslations("workshopStaff");
  const stages = await getTranslations("workshops.board.stages");
  const live = await getTranslations("workshopLive");
  const { session } = board;
  const sessionId = session.id;
  const hide = (subjectType: string, subjectId: string, text: string) => (
    <ConsoleForm
      action={hidePostAction}
      fields={{ subjectType, subjectId }}
      label={t("hide")}
      ariaLabel={t("hideLabel", { text })}
      confirm={{ title: t("hideTitle", { text }), consequence: t("hideBody"), confirmLabel: t("hideConfirm") }}
    />
  );
  return (
    <div className="flex flex-col gap-8">
      {session.state === "SCHEDULED" || session.state === "DRAFT" ? (
        <div className="flex flex-col gap-4">
          <Alert tone="info" live="off">{t("notOpen")}</Alert>
          <ConsoleForm action={openSessionAction} fields={{ sessionId }} label={t("open")} variant="primary" />
        </div>
      ) : session.state === "CLOSED" ? (
        <Alert tone="info" live="off">{t("closed")}</Alert>
      ) : null}

      {session.state === "OPEN" && joinCode && join && (
        <div className="flex flex-col gap-4 md:flex-row md:items-start md:gap-8">
          <div className="size-56 shrink-0 border border-solid-gray-420 bg-white p-2" role="img" aria-label={t("qrAlt", { url: join.url })} dangerouslySetInnerHTML={{ __html: join.qrSvg }} />
          <dl className="flex flex-col gap-2">
            <dt className="text-std-16B-170">{t("joinCode")}</dt>
            <dd className="font-mono text-5xl font-bold tracking-widest" data-testid="join-code">{joinCode}</dd>
            <dt className="text-std-16B-170">{t("joinUrl")}</dt>
            <dd className="text-std-17N-170 break-all">{join.url}</dd>
          </dl>
        </div>
      )}

      <div className="flex flex-wrap gap-3">
        {session.state === "OPEN" && <a href={`/staff/workshops/sessions/${sessionId}/projector`} className={buttonClasses({ variant: "primary" })}>{t("projector")}</a>}
        {session.state === "OPEN" && <a href={`/staff/workshops/sessions/${sessionId}/qr`} className={buttonClasses({ variant: "secondary" })}>{t("qrPrint")}</a>}
        <a href={`/api/workshops/sessions/${sessionId}/export`} className={buttonClasses({ variant: "secondary" })}>{t("exportCsv")}</a>
        <TextLink href={`/workshops/sessions/${sessionId}`}>{t("results")}</TextLink>
      </div>

      {session.state === "OPEN" && (
        <Section id="stage-heading" title={t("stage")}>
          <ol className="flex flex-wrap gap-3">
            {STAGES[session.kind].map((stage) => (
              <li key={stage}>
                {session.stage === stage ? (
                  <p className="inline-flex min-h-11 items-center rounded-8 bg-blue-900 px-4 text-std-16B-170 text-white">{stages(stage)} {t("current")}</p>
                ) : (
                  <ConsoleForm action={stageAction} fields={{ sessionId, stage }} label={stages(stage)} />
                )}
              </li>
            ))}
          </ol>
          <p className="text-std-16B-170">{t("submissions")}：{session.submissionsOpen ? t("submissionsOpen") : t("submissionsClosed")}</p>
          <div className="flex flex-wrap gap-3">
            <ConsoleForm action={submissionsAction} fields={{ sessionId, open: session.submissionsOpen ? "false" : "true" }} label={session.submissionsOpen ? t("closeSubmissions") : t("openSubmissions")} />
            <ConsoleForm
              action={closeSessionAction}
              fields={{ sessionId }}
              label={t("closeSession")}
              confirm={{ title: t("closeSessionTitle"), consequence: t("closeSessionBody"), confirmLabel: t("closeSession") }}
            />
          </div>
        </Section>
      )}

      <Section id="reports-heading" title={t("reports")}>
        {reports.length === 0 ? (
          <p className="text-std-16N-170">{t("noReports")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {reports.map((r) => (
              <li key={r.id} className="flex flex-col gap-2 rounded-8 border-2 border-error-1 p-3">
                <p className="text-std-16B-170 wrap-anywhere">{r.text}</p>
                <p className="text-std-16N-170 wrap-anywhere">{r.reason}</p>
                {hide(r.subjectType, r.subjectId, r.text)}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="posts-heading" title={t("posts")}>
        {board.reflections.length + board.cards.length + board.ideas.length === 0 && <p className="text-std-16N-170">{live("noPosts")}</p>}
        <ul className="flex flex-col gap-3">
          {board.reflections.map((r) => (
            <li key={r.id} className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 p-3">
              <p className="text-std-16N-170 wrap-anywhere">{r.text}</p>
              {hide("SDG_REFLECTION", r.id, r.text)}
            </li>
          ))}
          {board.cards.map((c) => (
            <li key={c.id} className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 bg-yellow-50 p-3">
              <p className="text-std-16N-170 wrap-anywhere">{board.rootCauses.includes(c.id) && <strong>{live("rootCause")}：</strong>}{c.text}</p>
              {hide("ISSUE_CARD", c.id, c.text)}
            </li>
          ))}
          {board.ideas.map((i) => (
            <li key={i.id} className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 p-3">
              <p className="text-std-17B-170 wrap-anywhere">{i.title} <span className="font-normal">{live("votes", { count: i.votes })}</span></p>
              <div className="flex flex-wrap gap-3">
                {hide("WORKSHOP_IDEA", i.id, i.title)}
                {i.shortlisted ? <p className="text-std-16B-170 text-success-2">{t("shortlisted")}</p> : <ConsoleForm action={shortlistAction} fields={{ ideaId: i.id }} label={t("shortlist")} ariaLabel={`${t("shortlist")}：${i.title}`} />}
              </div>
            </li>
          ))}
        </ul>
      </Section>

      {board.cards.length >= 2 && (
        <Section id="link-heading" title={t("link")}>
          <ConsoleForm action={linkCardsAction} fields={{}} label={t("linkSubmit")}>
            <Select id="link-from" name="fromCardId" label={t("linkCause")} placeholder={t("choose")} options={board.cards.map((c) => ({ value: c.id, label: c.text }))} />
            <Select id="link-to" name="toCardId" label={t("linkEffect")} placeholder={t("choose")} options={board.cards.map((c) => ({ value: c.id, label: c.text }))} />
          </ConsoleForm>
        </Section>
      )}

      {board.cards.length >= 2 && (
        <Section id="merge-heading" title={t("merge")}>
          <ConsoleForm action={mergeCardsAction} fields={{}} label={t("mergeSubmit")}>
            <Select name="cardId" label={t("mergeFrom")} placeholder={t("choose")} options={board.cards.map((c) => ({ value: c.id, label: c.text }))} />
            <Select name="intoCardId" label={t("mergeInto")} placeholder={t("choose")} options={board.cards.map((c) => ({ value: c.id, label: c.text }))} />
          </ConsoleForm>
        </Section>
      )}

      {board.ideas.length >= 2 && (
        <Section id="cluster-heading" title={t("cluster")}>
          <ConsoleForm action={clusterAction} fields={{ sessionId }} label={t("clusterSubmit")}>
            <TextField name="label" label={t("clusterLabel")} maxLength={40} />
            <Fieldset id="ideaIds" label={t("clusterIdeas")}>
              {board.ideas.map((i) => (
                <Checkbox key={i.id} name="ideaIds" value={i.id} label={i.title} />
              ))}
            </Fieldset>
          </ConsoleForm>
        </Section>
      )}
      <Section id="hidden-heading" title={t("hiddenTitle")}>
        {hidden.length === 0 ? (
          <p className="text-std-16N-170">{t("noHidden")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {hidden.map((h) => (
              <li key={h.subjectId} className="flex flex-col gap-2 rounded-8 border border-dashed border-solid-gray-420 p-3">
                <p className="text-std-16N-170 text-solid-gray-700 wrap-anywhere">{h.text}</p>
                <ConsoleForm action={unhidePostAction} fields={{ subjectType: h.subjectType, subjectId: h.subjectId }} label={t("unhide")} ariaLabel={t("unhideLabel", { text: h.text })} />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
