import { OPENAPI } from "@/lib/api/openapi";
import { cachedResponse } from "@/lib/kpis/open-data";

/** The OpenAPI 3.1 description of every public endpoint. */
export function GET(request: Request) {
  return cachedResponse(request, JSON.stringify(OPENAPI), "application/json; charset=utf-8");
}
