import { z } from "../validation/zod";
import { FIRST_RECORDABLE_FISCAL_YEAR, NOTE_MAX, OBSERVATION_STATUSES, URL_MAX } from "./choices";

// Decimal(20, 4): at most 16 digits before the point and 4 after.
const DECIMAL = /^-?\d{1,16}(\.\d{1,4})?$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d{1,4})?$/;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
// "a < b" is a fair thing to write in a note; a tag is not.
const TAG = /<\s*[a-z!/?]/i;

/**
 * A number as staff type it: full-width digits (１２３), thousands separators and a trailing
 * space are forgiven; units (億円), 兆/万 multipliers and anything else are refused, so that no
 * value is silently rescaled. The result is a plain decimal string for the Decimal column.
 */
export const decimalValue = z
  .string({ error: "kpiStaff.errors.valueRequired" })
  .transform((s) => s.normalize("NFKC").trim().replace(/^\+/, ""))
  .refine((s) => s.length > 0, { error: "kpiStaff.errors.valueRequired" })
  .transform((s) => (GROUPED.test(s) ? s.replaceAll(",", "") : s))
  .refine((s) => DECIMAL.test(s), { error: "kpiStaff.errors.valueNotNumber" });

const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((s) => s?.trim() || undefined)
    .refine((s) => s === undefined || s.length <= max, { error: "errors.tooLong" })
    .refine((s) => s === undefined || !CONTROL.test(s), { error: "errors.invalidCharacters" })
    .refine((s) => s === undefined || !TAG.test(s), { error: "errors.markupNotAllowed" });

const evidenceUrl = optionalText(URL_MAX).refine(
  (s) => {
    if (s === undefined) return true;
    try {
      const url = new URL(s);
      return (url.protocol === "https:" || url.protocol === "http:") && !/\s/.test(s);
    } catch {
      return false;
    }
  },
  { error: "kpiStaff.errors.evidenceUrl" },
);

/** The form for one actual value; `currentFiscalYear` refuses values for years that have not begun. */
export function observationSchema(currentFiscalYear: number) {
  return z.object({
    seriesId: z.coerce.number({ error: "errors.invalidChoice" }).int({ error: "errors.invalidChoice" }).positive({ error: "errors.invalidChoice" }),
    fiscalYear: z.coerce
      .number({ error: "kpiStaff.errors.fiscalYear" })
      .int({ error: "kpiStaff.errors.fiscalYear" })
      .min(FIRST_RECORDABLE_FISCAL_YEAR, { error: "kpiStaff.errors.fiscalYear" })
      .max(currentFiscalYear, { error: "kpiStaff.errors.futureFiscalYear" }),
    value: decimalValue,
    status: z.enum(OBSERVATION_STATUSES, { error: "errors.invalidChoice" }),
    evidenceUrl,
    note: optionalText(NOTE_MAX),
    // Ticked after the form warned that the value is far from the KPI's scale (e.g. 円 typed for 億円).
    confirmScale: z
      .string()
      .optional()
      .transform((s) => s === "on" || s === "true"),
  });
}

export type ObservationInput = z.infer<ReturnType<typeof observationSchema>>;

export const observationIdSchema = z.object({
  id: z.string({ error: "errors.invalidChoice" }).trim().min(1, { error: "errors.invalidChoice" }).max(40, { error: "errors.invalidChoice" }),
});
