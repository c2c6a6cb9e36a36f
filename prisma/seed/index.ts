// `npm run db:seed`: loads the programme's facts and the labelled demo content. Idempotent:
// every row is upserted by a natural key, so a second run changes nothing.
import type { Database } from "../../lib/db";
import { seedDemoAccounts } from "./accounts";
import { seedInitiatives } from "./projects";
import { seedKpis } from "./kpis";
import { seedKpiDemoObservations } from "./kpi-demo";
import { seedMailDemo } from "./mail-demo";
import { seedNetsugen } from "./netsugen";
import { seedNetsugenDemo } from "./netsugen-demo";
import { seedRegions } from "./regions";
import { seedSdgs } from "./sdgs";
import { seedSupporterDemo } from "./supporters-demo";
import { seedWorkshopDemo } from "./workshop-demo";
import { seedWorkshopHistory } from "./workshops";

const STEPS: [string, (db: Database) => Promise<void>][] = [
  ["areas and municipalities", seedRegions],
  ["SDGs", seedSdgs],
  ["KPIs", seedKpis],
  ["KPI demo observations", seedKpiDemoObservations],
  ["NETSUGEN", seedNetsugen],
  ["workshop series 2021–2023", seedWorkshopHistory],
  ["initiatives", seedInitiatives],
  ["demo accounts", seedDemoAccounts],
  // After the accounts: the open demo session is assigned to the demo facilitator.
  ["workshop demo content", seedWorkshopDemo],
  ["NETSUGEN demo member and events", seedNetsugenDemo],
  ["demo outbox mail", seedMailDemo],
  ["demo supporters", seedSupporterDemo],
];

export async function runSeed(db: Database, options: { log?: (line: string) => void } = {}): Promise<void> {
  const log = options.log ?? (() => {});
  for (const [label, step] of STEPS) {
    const started = performance.now();
    await step(db);
    log(`seeded ${label} (${Math.round(performance.now() - started)} ms)`);
  }
}
