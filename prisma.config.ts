import { defineConfig } from "prisma/config";

// The Prisma CLI is used only for `generate` here: migrations run through the WASM schema
// engine (scripts/db), because the CLI's native engine cannot be downloaded offline.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
