import "server-only";
import { recordAudit } from "../audit/record";
import type { CurrentUser } from "../auth/session";
import { csvFile } from "../csv/write";
import { db } from "../db";
import { residenceName } from "./prefectures";
import { TIE_KIND_NAMES } from "./tie-kinds";

// A municipality's register of supporters, for staff preparing for the national ふるさと住民登録
// scheme (January 2027). Its format is not published yet, so this is our own documented CSV, one
// row per supporter who consented to be included (registerConsent), and nobody else. Every
// export is written to the audit log with who made it and how many rows it held.

/** The CSV's columns, in order; the staff page documents each one. */
export const REGISTER_COLUMNS = ["name", "email", "residence", "tie_kinds", "whole_prefecture", "municipalities", "registered_at"] as const;

/** Which register: one municipality by its code, or those tied to the prefecture as a whole. */
export type RegisterScope = { municipalityCode: string } | { wholePrefecture: true };


/** Consenting supporters per municipality (and for the prefecture as a whole), for the staff page. */
export async function consentingCounts(): Promise<{ byMunicipality: Map<number, number>; wholePrefecture: number }> {
  const [ties, wholePrefecture] = await Promise.all([
    db.supporterTie.groupBy({ by: ["municipalityId"], where: { supporter: { registerConsent: true } }, _count: { _all: true } }),
    db.supporter.count({ where: { registerConsent: true, wholePrefecture: true } }),
  ]);
  return { byMunicipality: new Map(ties.map((t) => [t.municipalityId, t._count._all])), wholePrefecture };
}

/** The register as CSV, or null for an unknown municipality. The caller has checked the role. */
export async function exportRegister(actor: CurrentUser, scope: RegisterScope): Promise<{ filename: string; csv: string } | null> {
  const municipality = "municipalityCode" in scope ? await db.municipality.findUnique({ where: { code: scope.municipalityCode }, select: { id: true, code: true } }) : null;
  if ("municipalityCode" in scope && !municipality) return null;
  const subject = municipality?.code ?? "whole-prefecture";
  // The read and its audit row commit together: no export without its record.
  return db.$transaction(async (tx) => {
    const supporters = await tx.supporter.findMany({
      where: { registerConsent: true, user: { deletedAt: null, disabledAt: null }, ...(municipality ? { ties: { some: { municipalityId: municipality.id } } } : { wholePrefecture: true }) },
      orderBy: { registeredAt: "asc" },
      select: {
        residence: true,
        tieKinds: true,
        wholePrefecture: true,
        registeredAt: true,
        user: { select: { name: true, email: true } },
        ties: { select: { municipality: { select: { nameJa: true } } }, orderBy: { municipalityId: "asc" } },
      },
    });
    const csv = csvFile(
      REGISTER_COLUMNS,
      supporters.map((s) => [
        s.user.name,
        s.user.email,
        residenceName(s.residence, "ja"),
        s.tieKinds.map((k) => TIE_KIND_NAMES[k][0]).join("・"),
        s.wholePrefecture ? "yes" : "no",
        s.ties.map((t) => t.municipality.nameJa).join("・"),
        s.registeredAt.toISOString(),
      ]),
    );
    await recordAudit(tx, { actorId: actor.id, action: "supporter.register.export", subjectType: "Municipality", subjectId: subject, after: { rows: supporters.length } });
    return { filename: `supporter-register-${subject}.csv`, csv };
  });
}
