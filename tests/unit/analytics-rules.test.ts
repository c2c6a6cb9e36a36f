import { describe, expect, test } from "vitest";
import { ideaFunnel, median, medianDaysPerStage } from "@/lib/projects/analytics-rules";

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000);

describe("median", () => {
  test.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])("%j → %j", (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe("medianDaysPerStage", () => {
  test("measures from each change to the next, and the current stage up to now", () => {
    const changes = [
      { projectId: "a", toStage: "FORMING", changedAt: day(0) },
      { projectId: "a", toStage: "PLANNING", changedAt: day(10) },
      { projectId: "a", toStage: "RUNNING", changedAt: day(40) },
      { projectId: "b", toStage: "FORMING", changedAt: day(0) },
      { projectId: "b", toStage: "PLANNING", changedAt: day(30) },
      { projectId: "b", toStage: "ENDED", changedAt: day(35) },
    ] as const;
    expect(medianDaysPerStage(changes, day(50))).toEqual({ FORMING: 20, PLANNING: 17.5, RUNNING: 10 });
  });

  test("order of input does not matter; no changes means no figures", () => {
    const changes = [
      { projectId: "a", toStage: "PLANNING", changedAt: day(10) },
      { projectId: "a", toStage: "FORMING", changedAt: day(0) },
    ] as const;
    expect(medianDaysPerStage(changes, day(12))).toEqual({ FORMING: 10, PLANNING: 2 });
    expect(medianDaysPerStage([], day(0))).toEqual({});
  });
});

describe("ideaFunnel", () => {
  test("counts each idea at every step it reached", () => {
    expect(
      ideaFunnel([
        { status: "SUBMITTED", projectStages: [], projectsEverRunning: false },
        { status: "DECLINED", projectStages: [], projectsEverRunning: false },
        { status: "ACCEPTED", projectStages: [], projectsEverRunning: false },
        { status: "ACCEPTED", projectStages: ["PLANNING"], projectsEverRunning: false },
        { status: "ACCEPTED", projectStages: ["PAUSED"], projectsEverRunning: true },
      ]),
    ).toEqual({ submitted: 5, accepted: 3, inProject: 2, running: 1 });
  });
});
