// Calls a server action over HTTP the way Next's client does: a multipart POST to a page with the
// action's id in `Next-Action` and its arguments encoded as React's encodeReply does for
// (previousState, formData). The ids come from the build's server-reference manifest, so the bench
// calls the same actions the phones and browsers call.
import { readFileSync } from "node:fs";
import path from "node:path";

interface ManifestEntry {
  filename: string;
  exportedName: string;
}

/** The id of the action `exportedName` exported by `filename` (e.g. "app/w/[code]/actions.ts"). */
export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} in ${filename}: is the build current?`);
  return found[0];
}

export type Fields = Record<string, string | string[]>;

const BOUNDARY = "----yukemuri-bench-boundary";

/** The request body of `action(null, formData)`: the form's fields under "_1_", the arguments in "0". */
export function actionBody(fields: Fields): { body: string; contentType: string } {
  const parts: string[] = [];
  const part = (name: string, value: string) =>
    parts.push(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) part(`_1_${name}`, v);
  part("0", '[null,"$K1"]');
  return { body: `${parts.join("")}--${BOUNDARY}--\r\n`, contentType: `multipart/form-data; boundary=${BOUNDARY}` };
}

export function actionHeaders(id: string, cookie: string | undefined, contentType: string): Record<string, string> {
  return {
    "next-action": id,
    accept: "text/x-component",
    "content-type": contentType,
    "accept-language": "ja",
    ...(cookie ? { cookie } : {}),
  };
}

/** The action's return value, read from the RSC payload of its response (row 1). */
export function actionResult(payload: string): { ok: boolean; error?: string; data?: unknown } | null {
  const row = payload.split("\n").find((line) => line.startsWith("1:"));
  if (!row) return null;
  try {
    return JSON.parse(row.slice(2)) as { ok: boolean; error?: string; data?: unknown };
  } catch {
    return null;
  }
}

export interface ActionResponse {
  status: number;
  result: ReturnType<typeof actionResult>;
  cookies: string[];
  payload: string;
}

export async function callAction(
  base: string,
  pagePath: string,
  id: string,
  fields: Fields,
  cookie?: string,
  extraHeaders: Record<string, string> = {},
): Promise<ActionResponse> {
  const { body, contentType } = actionBody(fields);
  const headers = { ...actionHeaders(id, cookie, contentType), ...extraHeaders };
  const response = await fetch(`${base}${pagePath}`, { method: "POST", headers, body, redirect: "manual" });
  const payload = await response.text();
  return { status: response.status, result: actionResult(payload), cookies: response.headers.getSetCookie(), payload };
}

/** "name=value" pairs of Set-Cookie headers, for a Cookie header. */
export function cookieHeader(setCookies: string[]): string {
  return setCookies.map((c) => c.split(";")[0]).join("; ");
}
