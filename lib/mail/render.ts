// Turns a mail's content (message keys and values) into its subject, plain-text part and HTML part
// in one language. Pure: the caller passes the translator, so it is tested without a database.
// Every value that came from a person (a name, an idea's title) is escaped in the HTML part.
import type { Operator } from "../site/operator";

export interface MessageRef {
  key: string;
  values?: Record<string, string>;
}

/** What a mail says, as catalogue keys under `mail.` (or any namespace: keys are full paths). */
export interface MailContent {
  subject: MessageRef;
  /** The recipient's name for the greeting, if known. */
  recipientName?: string | null;
  paragraphs: MessageRef[];
  /** A list after the paragraphs (a digest's notices), each with its own link. */
  items?: { message: MessageRef; url: string | null }[];
  /**
   * The one link the mail is about (absolute URL), with its own words where "see it on Yukemuri"
   * would not fit (a confirmation link).
   */
  action?: { url: string; intro?: MessageRef; label?: MessageRef };
  /** Why the recipient gets this mail. */
  reason: MessageRef;
}

export type Translate = (key: string, values?: Record<string, string>) => string;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

// Only http(s) links are written into a mail, so a stored URL can never become `javascript:`.
function safeUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

// Header injection: a subject is one line.
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ").trim();
}

export function renderMail(
  t: Translate,
  content: MailContent,
  options: { operator: Operator; locale: string; unsubscribeUrl?: string | null },
): RenderedMail {
  const { operator } = options;
  const subject = oneLine(t(content.subject.key, content.subject.values));
  const greeting = content.recipientName ? t("mail.greeting", { name: content.recipientName }) : null;
  const paragraphs = content.paragraphs.map((p) => t(p.key, p.values));
  const items = (content.items ?? []).map((item) => ({ text: t(item.message.key, item.message.values), url: item.url ? safeUrl(item.url) : null }));
  const actionUrl = content.action ? safeUrl(content.action.url) : null;
  const unsubscribeUrl = options.unsubscribeUrl ? safeUrl(options.unsubscribeUrl) : null;
  const reason = t(content.reason.key, content.reason.values);
  const actionIntro = content.action?.intro ? t(content.action.intro.key, content.action.intro.values) : t("mail.open");
  const actionLabel = content.action?.label ? t(content.action.label.key, content.action.label.values) : t("mail.openButton");
  const footer = [
    t("mail.signature"),
    t("mail.operator", { name: operator.name, department: operator.department }),
    t("mail.address", { address: operator.postalAddress }),
    t("mail.contact", { email: operator.email }),
    ...(operator.phone ? [t("mail.phone", { phone: operator.phone })] : []),
  ];

  const text = [
    ...(greeting ? [greeting, ""] : []),
    ...paragraphs.flatMap((p) => [p, ""]),
    ...items.flatMap((item) => [`${t("mail.bullet")}${item.text}`, ...(item.url ? [`  ${item.url}`] : []), ""]),
    ...(actionUrl ? [actionIntro, actionUrl, ""] : []),
    "-- ",
    reason,
    ...(unsubscribeUrl ? [t("mail.unsubscribe"), unsubscribeUrl] : []),
    "",
    ...footer,
    t("mail.noReply"),
    "",
  ].join("\n");

  const p = (body: string, style = "margin:0 0 16px") => `<p style="${style}">${body}</p>`;
  const small = "margin:0 0 8px;font-size:13px;color:#4d4d4d";
  const html = [
    "<!doctype html>",
    `<html lang="${escapeHtml(options.locale)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;font-family:sans-serif;font-size:16px;line-height:1.7;color:#1a1a1a;background:#ffffff">',
    '<div style="max-width:600px;margin:0 auto">',
    ...(greeting ? [p(escapeHtml(greeting))] : []),
    ...paragraphs.map((para) => p(escapeHtml(para))),
    ...(items.length > 0
      ? [
          '<ul style="margin:0 0 16px;padding-left:20px">',
          ...items.map((item) => `<li style="margin:0 0 8px">${item.url ? `<a href="${escapeHtml(item.url)}" style="color:#0017c1">${escapeHtml(item.text)}</a>` : escapeHtml(item.text)}</li>`),
          "</ul>",
        ]
      : []),
    ...(actionUrl
      ? [p(`<a href="${escapeHtml(actionUrl)}" style="display:inline-block;padding:12px 20px;background:#0017c1;color:#ffffff;text-decoration:none;border-radius:8px">${escapeHtml(actionLabel)}</a>`)]
      : []),
    '<hr style="border:none;border-top:1px solid #cccccc;margin:24px 0">',
    p(escapeHtml(reason), small),
    ...(unsubscribeUrl ? [p(`<a href="${escapeHtml(unsubscribeUrl)}" style="color:#0017c1">${escapeHtml(t("mail.unsubscribeButton"))}</a>`, small)] : []),
    p(footer.map(escapeHtml).join("<br>"), small),
    p(escapeHtml(t("mail.noReply")), small),
    "</div></body></html>",
  ].join("\n");

  return { subject, text, html };
}
