import { describe, expect, test } from "vitest";
import { canMoveIdea, IDEA_STATUSES, isOpenIdea, type IdeaStatus } from "@/lib/ideas/rules";
import {
  canMoveProject,
  cumulativeRunningCount,
  needCoverage,
  needStatusAfterOffers,
  PROJECT_STAGES,
  type ProjectStage,
} from "@/lib/projects/rules";

const ALLOWED_IDEA_MOVES = new Set([
  "SUBMITTED→UNDER_REVIEW",
  "SUBMITTED→DECLINED",
  "SUBMITTED→MERGED",
  "UNDER_REVIEW→ACCEPTED",
  "UNDER_REVIEW→DECLINED",
  "UNDER_REVIEW→MERGED",
]);

describe("idea state machine", () => {
  const pairs = IDEA_STATUSES.flatMap((from) => IDEA_STATUSES.map((to) => [from, to] as [IdeaStatus, IdeaStatus]));
  test.each(pairs)("%s → %s", (from, to) => {
    expect(canMoveIdea(from, to)).toBe(ALLOWED_IDEA_MOVES.has(`${from}→${to}`));
  });

  test("accepted, declined and merged ideas are closed", () => {
    expect(IDEA_STATUSES.filter(isOpenIdea)).toEqual(["SUBMITTED", "UNDER_REVIEW"]);
  });
});

const ALLOWED_STAGE_MOVES: Record<ProjectStage, ProjectStage[]> = {
  FORMING: ["PLANNING", "PAUSED", "ENDED"],
  PLANNING: ["PILOT", "RUNNING", "PAUSED", "ENDED"],
  PILOT: ["RUNNING", "PLANNING", "PAUSED", "ENDED"],
  RUNNING: ["SCALING", "PAUSED", "ENDED"],
  SCALING: ["RUNNING", "PAUSED", "ENDED"],
  PAUSED: ["FORMING", "PLANNING", "PILOT", "RUNNING", "SCALING", "ENDED"],
  ENDED: [],
};

describe("project stages", () => {
  const pairs = PROJECT_STAGES.flatMap((from) => PROJECT_STAGES.map((to) => [from, to] as [ProjectStage, ProjectStage]));
  test.each(pairs)("%s → %s", (from, to) => {
    expect(canMoveProject(from, to)).toBe(ALLOWED_STAGE_MOVES[from].includes(to));
  });

  test("no stage moves to itself, and nothing leaves ENDED", () => {
    for (const stage of PROJECT_STAGES) expect(canMoveProject(stage, stage)).toBe(false);
    expect(PROJECT_STAGES.some((to) => canMoveProject("ENDED", to))).toBe(false);
  });
});

describe("needs", () => {
  test.each([
    ["funding, nothing pledged", { kind: "FUNDING", amountJpy: 500_000 }, [], "OPEN", 0],
    ["funding, partly pledged", { kind: "FUNDING", amountJpy: 500_000 }, [{ amountJpy: 200_000 }], "PARTLY_MET", 200_000],
    ["funding, exactly met", { kind: "FUNDING", amountJpy: 500_000 }, [{ amountJpy: 200_000 }, { amountJpy: 300_000 }], "MET", 500_000],
    ["funding, over-pledged", { kind: "FUNDING", amountJpy: 500_000 }, [{ amountJpy: 600_000 }], "MET", 600_000],
    ["funding with no amount set", { kind: "FUNDING", amountJpy: null }, [{ amountJpy: 10_000 }], "MET", 10_000],
    ["key person, no offer", { kind: "KEY_PERSON", amountJpy: null }, [], "OPEN", 0],
    ["key person, one accepted", { kind: "KEY_PERSON", amountJpy: null }, [{ amountJpy: null }], "MET", 0],
  ] as const)("%s", (_case, need, offers, status, met) => {
    expect(needStatusAfterOffers(need, [...offers])).toEqual({ status, metAmountJpy: met });
  });

  test.each([
    [[], 1],
    [[{ status: "OPEN" }], 0],
    [[{ status: "MET" }, { status: "OPEN" }], 0.5],
    [[{ status: "PARTLY_MET" }, { status: "MET" }], 0.75],
  ] as const)("coverage of %j is %d", (needs, coverage) => {
    expect(needCoverage([...needs])).toBe(coverage);
  });
});

describe("co-creation KPI derivation by fiscal year (JST)", () => {
  const at = (iso: string) => new Date(iso);
  test.each([
    // 31 March 23:59 JST is still the previous 年度; 1 April 00:00 JST starts the next.
    ["2024-03-31T23:59:00+09:00", 2023, 1],
    ["2024-03-31T23:59:00+09:00", 2022, 0],
    ["2024-04-01T00:00:00+09:00", 2023, 0],
    ["2024-04-01T00:00:00+09:00", 2024, 1],
    // 31 March 16:00 UTC is already 1 April in Japan.
    ["2024-03-31T16:00:00Z", 2023, 0],
  ])("running since %s, counted by the end of FY%i: %i", (since, fiscalYear, count) => {
    expect(cumulativeRunningCount([at(since)], fiscalYear)).toBe(count);
  });

  test("is cumulative and ignores projects that never ran", () => {
    const dates = [at("2021-06-01T00:00:00+09:00"), at("2023-11-02T00:00:00+09:00"), null, at("2025-05-01T00:00:00+09:00")];
    expect([2020, 2021, 2023, 2024, 2025].map((fy) => cumulativeRunningCount(dates, fy))).toEqual([0, 1, 2, 2, 3]);
  });
});
