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
