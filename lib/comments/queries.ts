import "server-only";
import { db } from "../db";
import { PUBLIC_NAME_SELECT, publicName } from "../users/public-name";

/** Visible comments on a project, oldest first. Hidden ones are gone from every page. */
export async function listProjectComments(projectId: string) {
  const rows = await db.comment.findMany({
    where: { projectId, hiddenAt: null },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, body: true, createdAt: true, author: { select: PUBLIC_NAME_SELECT } },
  });
  return rows.map(({ author, ...comment }) => ({ ...comment, author: publicName(author) }));
}

/** Open reports with the text of what was reported, for staff. */
export async function listOpenReports() {
  const reports = await db.moderationReport.findMany({
    where: { status: "OPEN", subjectType: { in: ["COMMENT", "PROJECT_UPDATE"] } },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: { id: true, subjectType: true, subjectId: true, reason: true, createdAt: true },
  });
  const [comments, updates] = await Promise.all([
    db.comment.findMany({ where: { id: { in: reports.filter((r) => r.subjectType === "COMMENT").map((r) => r.subjectId) } }, select: { id: true, body: true, project: { select: { slug: true, titleJa: true } } } }),
    db.projectUpdate.findMany({ where: { id: { in: reports.filter((r) => r.subjectType === "PROJECT_UPDATE").map((r) => r.subjectId) } }, select: { id: true, body: true, project: { select: { slug: true, titleJa: true } } } }),
  ]);
  const content = new Map([...comments, ...updates].map((item) => [item.id, item]));
  return reports.map((report) => ({ ...report, content: content.get(report.subjectId) ?? null }));
}
