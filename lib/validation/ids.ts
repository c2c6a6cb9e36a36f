import { z } from "./zod";

// Record ids are Prisma's cuid() (25 lower-case alphanumerics); the test factories' ids are
// shorter. Checking the shape before a lookup keeps junk out of queries and logs.
const RECORD_ID = /^[a-z0-9]{8,40}$/;

/** Whether a value has the shape of a record id. */
export const isRecordId = (value: unknown): value is string => typeof value === "string" && RECORD_ID.test(value);

/** A record id; anything else fails with the given message key (usually "… not found"). */
export const recordId = (error: string) => z.string({ error }).regex(RECORD_ID, { error });
