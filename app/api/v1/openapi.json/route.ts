import { OPENAPI } from "@/lib/api/openapi";
import { openDataJson } from "@/lib/http/open-data-response";

/** The OpenAPI 3.1 description of every public endpoint. */
export function GET(request: Request) {
  return openDataJson(request, OPENAPI);
}
