// `npm run db:seed`: loads the programme's facts and the labelled demo content. Idempotent:
// every row is upserted by a natural key, so a second run changes nothing.
import type { Database } from "../../lib/db";
import { seedDemoAccounts } from "./accounts";
import { seedInitiatives } from "./projects";
import { seedKpis } from "./kpis";
import { seedNetsugen } from "./netsugen";
import { seedNetsugenDemo } from "./netsugen-demo";
import { seedRegions } from "./regions";
import { seedSdgs } from "./sdgs";
import { seedWorkshopHistory } from "./workshops";

const STEPS: [string, (db: Database) => Promise<void>][] = [
  ["areas and municipalities", seedRegions],
  ["SDGs", seedSdgs],
  ["KPIs", seedKpis],
  ["NETSUGEN", seedNetsugen],
  ["workshop series 2021–2023", seedWorkshopHistory],
  ["initiatives", seedInitiatives],
  ["demo accounts", seedDemoAccounts],
  ["NETSUGEN demo member and events", seedNetsugenDemo],
];

export async function runSeed(db: Database, options: { log?: (line: string) => void } = {}): Promise<void> {
  const log = options.log ?? (() => {});
  for (const [label, step] of STEPS) {
    const started = performance.now();
    await step(db);
    log(`seeded ${label} (${Math.round(performance.now() - started)} ms)`);
  }
}
