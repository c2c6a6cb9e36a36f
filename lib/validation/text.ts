import { z } from "./zod";

// Control characters (except tab and newline in multi-line text) and angle brackets have no place
// in names or short labels; rejecting them keeps stored text printable everywhere it is exported.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
const MARKUP = /[<>]/;

/** A trimmed single-line label such as a name or nickname. Messages are i18n keys. */
export function singleLine(max: number) {
  return z
    .string({ error: "errors.required" })
    .trim()
    .min(1, { error: "errors.required" })
    .max(max, { error: "errors.tooLong" })
    .refine((s) => !CONTROL.test(s) && !/[\r\n]/.test(s), { error: "errors.invalidCharacters" })
    .refine((s) => !MARKUP.test(s), { error: "errors.markupNotAllowed" });
}

/** Free text with line breaks (descriptions, notes). Markup is kept as text and escaped on output. */
export function multiLine(max: number) {
  return z
    .string({ error: "errors.required" })
    .trim()
    .min(1, { error: "errors.required" })
    .max(max, { error: "errors.tooLong" })
    .refine((s) => !CONTROL.test(s), { error: "errors.invalidCharacters" });
}

export const email = () =>
  z
    .string({ error: "errors.required" })
    .trim()
    .min(1, { error: "errors.required" })
    .max(254, { error: "errors.tooLong" })
    .pipe(z.email({ error: "errors.email" }))
    .transform((s) => s.toLowerCase());

// Schemas give every rule a message key ("errors.required"). A rule that has none would carry
// zod's English sentence to the screen, so anything that is not a key becomes the generic one.
const MESSAGE_KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;
const asMessageKey = (message: string | undefined, fallback: string) => (message && MESSAGE_KEY.test(message) ? message : fallback);

/** Maps zod issues to `{ field: [messageKey] }` for the form. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fields = z.flattenError(error).fieldErrors as Record<string, string[]>;
  return Object.fromEntries(Object.entries(fields).map(([field, messages]) => [field, messages.map((m) => asMessageKey(m, "errors.invalidValue"))]));
}

/** The first issue's message key, for actions that show one error for the whole form. */
export function firstErrorOf(error: z.ZodError, fallback = "errors.checkFields"): string {
  return asMessageKey(error.issues[0]?.message, fallback);
}

/** Optional free text from a form: trimmed and bounded; a blank field becomes undefined. */
export function optionalText(max: number, error = "errors.tooLong") {
  return z
    .string()
    .trim()
    .max(max, { error })
    .optional()
    .transform((v) => (v ? v : undefined));
}

/** An optional positive whole number from a form field, such as a select's row id. */
export function optionalPositiveInt(error = "errors.invalidChoice") {
  return z
    .string()
    .max(8, { error })
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) {
        ctx.addIssue({ code: "custom", message: error });
        return z.NEVER;
      }
      return n;
    });
}
