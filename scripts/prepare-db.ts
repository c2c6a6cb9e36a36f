// `npm run dev` runs this before `next dev`: generate the Prisma client, migrate and seed, then
// release the database so the dev server can open it.
import { prepareDatabase } from "./db/tasks";

try {
  await prepareDatabase();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
