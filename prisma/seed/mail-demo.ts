// Demo content: one stored notice mail for the demo resident, so /admin/outbox has something to
// show on a fresh database (and the page sweeps have a message to open). Rendered by the app's own
// renderer from the catalogues; it carries no unsubscribe link, since the secret that would sign
// one belongs to the server, not to the seed. Idempotent: a fixed id.
import type { Database } from "../../lib/db";
import { renderMail } from "../../lib/mail/render";
import { mailBaseUrl } from "../../lib/mail/settings";
import { translatorFor } from "../../lib/mail/translator";
import { operator } from "../../lib/site/operator";
import { DEMO_ACCOUNTS } from "./demo-accounts";

export const DEMO_MAIL_ID = "demo-mail-project-update";

export async function seedMailDemo(db: Database): Promise<void> {
  if (await db.mailMessage.findUnique({ where: { id: DEMO_MAIL_ID }, select: { id: true } })) return;
  const email = DEMO_ACCOUNTS.find((a) => a.email.startsWith("resident@"))?.email;
  const resident = email ? await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true } }) : null;
  const project = await db.project.findFirst({ where: { publishedAt: { not: null } }, orderBy: { slug: "asc" }, select: { slug: true, titleJa: true } });
  if (!resident || !project) return;
  const t = await translatorFor("ja");
  const rendered = renderMail(
    t,
    {
      subject: { key: "mail.subjects.projectUpdated" },
      recipientName: resident.name,
      paragraphs: [{ key: "notifications.projectUpdated", values: { title: project.titleJa } }],
      action: { url: `${mailBaseUrl()}/zukan/${project.slug}` },
      reason: { key: "mail.reasons.projectUpdate" },
    },
    { operator: operator("ja"), locale: "ja" },
  );
  const now = new Date();
  await db.mailMessage.create({
    data: {
      id: DEMO_MAIL_ID,
      kind: "project.update",
      userId: resident.id,
      toAddress: resident.email,
      locale: "ja",
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      headers: { "Content-Language": "ja" },
      messageId: `<${DEMO_MAIL_ID}@demo.yukemuri.example>`,
      state: "STORED",
      attempts: 1,
      dispatchedAt: now,
      sendingAt: now,
      finishedAt: now,
    },
  });
}
