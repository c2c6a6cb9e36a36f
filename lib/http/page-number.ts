import { z } from "../validation/zod";

/**
 * The `page` of a paginated list or open-data response, from the address bar. Anything malformed
 * means the first page rather than an error, so a mistyped or stale link still shows the list.
 */
export const pageNumberSchema = z.coerce.number().int().min(1).max(1_000).catch(1).default(1);

/** The page a request asks for. */
export const pageNumberOf = (request: Request): number => pageNumberSchema.parse(new URL(request.url).searchParams.get("page") ?? undefined);
