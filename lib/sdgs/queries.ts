import "server-only";
import { db } from "../db";

/** The 17 goals with their names and official colours. */
export function listSdgGoals() {
  return db.sdgGoal.findMany({ orderBy: { number: "asc" }, select: { number: true, nameJa: true, nameEn: true, colour: true } });
}
