// `npm run bench:lighthouse`: Lighthouse's mobile scores of the pages residents meet first, on the
// production build (run `npm run build` first) with a scratch embedded database. `npm run bench`
// prints the same table at its end.
import path from "node:path";
import { resetDatabase, startServer } from "../own-server";
import { lighthouseFigures, printLighthouse } from "./lighthouse";

const env = { DATABASE_URL: "", PGLITE_DATA_DIR: path.resolve(".data", "bench", "lighthouse-pglite"), LOG_LEVEL: "warn" };
await resetDatabase(env);
const server = await startServer(Number(process.env.BENCH_PORT ?? 3252), env);
try {
  console.log(`Node ${process.version}, ${new Date().toISOString()}`);
  printLighthouse(await lighthouseFigures(server.base));
} finally {
  await server.stop();
}
