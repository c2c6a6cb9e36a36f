// The production server: Next's request handler behind a plain Node HTTP server, run by
// `npm start`, `npm run serve`, the end-to-end tests and the benchmark. It exists for one reason:
// `next start` fills in X-Forwarded-For from the socket only when the request has none, so without
// a proxy in front a client could name any address it liked and never meet a per-address limit.
// Here the socket's address is always appended, and lib/security/forwarded-for.ts reads the entry
// TRUSTED_PROXY_HOPS from the right.
import { createServer } from "node:http";
import { setting } from "../lib/env";
import { withSocketAddress } from "../lib/security/forwarded-for";
import { PROJECT_ROOT } from "./db/paths";

// Before Next loads: it picks React's production build and its own production paths by this.
Object.assign(process.env, { NODE_ENV: "production" });
const { default: next } = await import("next");

const port = setting("PORT") ?? 3000;
const app = next({ dev: false, dir: PROJECT_ROOT, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers["x-forwarded-for"] = withSocketAddress(request.headers["x-forwarded-for"], request.socket.remoteAddress);
  void handle(request, response);
});
server.listen(port, () => console.log(`▲ Listening on http://localhost:${port}`));

// As `next start` does: exit at once with the signal's conventional code. Requests in flight are
// cut off; every write is a transaction, so none is left half done.
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.on(signal, () => process.exit(code));
}
