// Demo supporters (関係人口), so that the dashboard's supporter figures and a supporter's ledger show
// something on a fresh install. Every row is labelled demo: the accounts (isDemo, 「（デモ）」 names,
// no password anyone can use), their registrations and their NETSUGEN visits. Idempotent: fixed ids.
import type { Database } from "../../lib/db";
import { INVITED_PASSWORD_HASH } from "../../lib/auth/password";
import { tokyoDateTime } from "../../lib/dates/tokyo";
import { TIE_KINDS } from "../../lib/supporters/tie-kinds";
import { NETSUGEN_LOCATION_CODE } from "./netsugen";

const COUNT = 36;
/** Where the demo supporters are tied: enough in a few places that their counts pass the suppression threshold. */
const PLACES = ["kusatsu", "kusatsu", "maebashi", "takasaki", "kiryu", "minakami", "kusatsu", "maebashi", "numata", "tomioka", "takasaki", "minakami"] as const;
/** Where they live (JIS prefecture codes, 0 abroad): Tokyo and Saitama most, then Gunma itself. */
const RESIDENCES = [13, 13, 10, 11, 13, 14, 10, 13, 11, 0, 15, 10] as const;

const pad = (n: number) => String(n).padStart(2, "0");

export async function seedSupporterDemo(db: Database): Promise<void> {
  const ids = Array.from({ length: COUNT }, (_, i) => `demo-supporter-${pad(i + 1)}`);
  await db.user.createMany({
    data: ids.map((id, i) => ({
      id,
      email: `supporter-${pad(i + 1)}@demo.yukemuri.example`,
      name: `サポーター${pad(i + 1)}（デモ）`,
      passwordHash: INVITED_PASSWORD_HASH,
      emailConfirmedAt: new Date("2026-04-01T00:00:00Z"),
      isDemo: true,
    })),
    skipDuplicates: true,
  });
  await db.supporter.createMany({
    data: ids.map((userId, i) => ({
      userId,
      residence: RESIDENCES[i % RESIDENCES.length]!,
      wholePrefecture: i % 4 === 0,
      tieKinds: [TIE_KINDS[i % TIE_KINDS.length]!, ...(i % 3 === 0 ? [TIE_KINDS[(i + 2) % TIE_KINDS.length]!] : [])],
      notifyConsent: i % 2 === 0,
      registerConsent: i % 3 !== 1,
      isDemo: true,
      registeredAt: new Date(Date.UTC(2026, 3 + (i % 6), 1 + i)),
    })),
    skipDuplicates: true,
  });
  const municipalities = new Map((await db.municipality.findMany({ select: { id: true, code: true } })).map((m) => [m.code, m.id]));
  await db.supporterTie.createMany({
    data: ids.map((supporterId, i) => ({ supporterId, municipalityId: municipalities.get(PLACES[i % PLACES.length]!)! })),
    skipDuplicates: true,
  });

  // Visits to NETSUGEN over the last eleven months, so the monthly activity figures have data.
  const location = await db.spaceLocation.findUnique({ where: { code: NETSUGEN_LOCATION_CODE }, select: { id: true } });
  if (!location) return;
  const now = new Date();
  const visits = ids.flatMap((userId, i) =>
    Array.from({ length: i % 4 }, (_, v) => {
      const monthsBack = (i + v * 3) % 11;
      const day = new Date(now.getFullYear(), now.getMonth() - monthsBack, 5 + (i % 20));
      const checkedInAt = tokyoDateTime(day.getFullYear(), day.getMonth() + 1, day.getDate(), 10);
      return { id: `${userId}-visit-${v + 1}`, userId, locationId: location.id, checkedInAt, checkedOutAt: new Date(checkedInAt.getTime() + 2 * 3_600_000), isDemo: true };
    }),
  );
  await db.checkIn.createMany({ data: visits.filter((v) => v.checkedInAt < now), skipDuplicates: true });
}
