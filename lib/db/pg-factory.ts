// @prisma/adapter-pg over one shared pool, with migration scripts sent whole (whole-script.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { executeScriptsWhole } from "./whole-script";

export class WholeScriptPrismaPg extends PrismaPg {
  constructor(private readonly pool: pg.Pool) {
    super(pool);
  }

  override async connect() {
    // A query without parameters goes over the simple protocol, which accepts many statements.
    return executeScriptsWhole(await super.connect(), (script) => this.pool.query(script));
  }

  // PrismaPg's own shadow database would be the main database itself: it sets `database` next to
  // a connectionString, which pg lets the connection string override. The engine wipes its
  // shadow database, so refuse. `create` and `check` use a scratch PGlite instead.
  override async connectToShadowDb(): Promise<never> {
    throw new Error("No shadow database on PostgreSQL: scripts/db/engine.ts diffs on a scratch PGlite.");
  }
}
