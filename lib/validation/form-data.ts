// Keys come from the client, so they are collected in a Map and become own properties through
// Object.fromEntries: a field named "__proto__" or "constructor" is then just a field, never the
// object's prototype or an inherited function.

/** FormData to a plain object for zod; repeated keys (checkbox groups) become arrays. */
export function formDataToObject(formData: FormData, arrayKeys: readonly string[] = []): Record<string, unknown> {
  const result = new Map<string, unknown>();
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's own fields
    const values = formData.getAll(key).map((v) => (typeof v === "string" ? v : undefined));
    result.set(key, arrayKeys.includes(key) ? values : values[0]);
  }
  for (const key of arrayKeys) if (result.get(key) === undefined) result.set(key, []);
  return Object.fromEntries(result);
}

/**
 * The text fields of a submission, to show them again after a rejection. Secrets and files are
 * left out, and each value is cut to `maxLength` so a hostile post cannot echo megabytes back.
 */
export function echoableValues(formData: FormData, omit: readonly string[] = [], maxLength = 2_000): Record<string, string[]> {
  const values = new Map<string, string[]>();
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || omit.includes(key) || typeof value !== "string") continue;
    values.set(key, [...(values.get(key) ?? []), value.slice(0, maxLength)]);
  }
  return Object.fromEntries(values);
}
