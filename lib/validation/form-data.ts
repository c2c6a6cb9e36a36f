/** FormData to a plain object for zod; repeated keys (checkbox groups) become arrays. */
export function formDataToObject(formData: FormData, arrayKeys: readonly string[] = []): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's own fields
    const values = formData.getAll(key).map((v) => (typeof v === "string" ? v : undefined));
    result[key] = arrayKeys.includes(key) ? values : values[0];
  }
  for (const key of arrayKeys) result[key] ??= [];
  return result;
}

/**
 * The text fields of a submission, to show them again after a rejection. Secrets and files are
 * left out, and each value is cut to `maxLength` so a hostile post cannot echo megabytes back.
 */
export function echoableValues(formData: FormData, omit: readonly string[] = [], maxLength = 2_000): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || omit.includes(key) || typeof value !== "string") continue;
    (values[key] ??= []).push(value.slice(0, maxLength));
  }
  return values;
}
