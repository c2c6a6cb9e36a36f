// zod, with every message a key of the message catalogues. Schemas name their own keys
// ("errors.tooLong"); a rule that names none falls back to the keys below instead of zod's English
// sentence, so whatever input arrives, a form can show the error in Japanese and English.
// Every module that declares a schema imports z from here, which installs the fallback first.
import { z } from "zod";
import type { $ZodRawIssue } from "zod/v4/core";

export function fallbackMessageKey(issue: $ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "errors.required" : "errors.invalidValue";
    case "too_big":
      return issue.origin === "string" || issue.origin === "array" ? "errors.tooLong" : "errors.invalidValue";
    case "too_small":
      return issue.origin === "string" && issue.minimum === 1 ? "errors.required" : "errors.invalidValue";
    case "invalid_format":
      return issue.format === "email" ? "errors.email" : "errors.invalidValue";
    case "invalid_value":
      return "errors.invalidChoice";
    case "unrecognized_keys":
      return "errors.checkFields";
    default:
      return "errors.invalidValue";
  }
}

z.config({ customError: fallbackMessageKey });

export { z };
