import { describe, expect, test } from "vitest";
import {
  generateJoinCode,
  generateUniqueJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  normaliseJoinCode,
} from "@/lib/workshops/rules/join-code";
import { csvCell, csvFile } from "@/lib/csv/write";
import { seatsPerAddress } from "@/lib/workshops/rules/join-pace";
import { layerGraph } from "@/lib/workshops/rules/layout";
import { likelyRootCauses, rankRootCauses, type Link } from "@/lib/workshops/rules/root-causes";
import { planVote, retryState, tallyVotes, votesLeft, type VoteOperation } from "@/lib/workshops/rules/votes";

/** A deterministic draw that cycles through the given indices. */
const sequence = (...values: number[]) => {
  let i = 0;
  return (n: number) => values[i++ % values.length]! % n;
};

describe("join codes", () => {
  test("the alphabet has no look-alike characters", () => {
    for (const c of ["0", "O", "1", "I", "L"]) expect(JOIN_CODE_ALPHABET).not.toContain(c);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  test("a thousand random codes use the alphabet only, at the fixed length", () => {
    const random = (n: number) => Math.floor(Math.random() * n);
    for (let i = 0; i < 1000; i++) expect(generateJoinCode(random)).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`));
  });

  test("a code already held by an open session is drawn again", () => {
    const random = sequence(0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1);
    expect(generateUniqueJoinCode(random, new Set(["AAAAAA"]))).toBe("BBBBBB");
  });

  test("gives up rather than loop forever when every draw collides", () => {
    expect(() => generateUniqueJoinCode(sequence(0), new Set(["AAAAAA"]), 5)).toThrow();
  });

  test.each([
    ["ABC234", "ABC234"],
    ["abc234", "ABC234"],
    [" abc-234 ", "ABC234"],
    ["ＡＢＣ２３４", "ABC234"],
    ["ABC 234", "ABC234"],
    ["ABC23", null],
    ["ABC2345", null],
    ["ABC0O1", null],
    ["ABCIL2", null],
    ["<scrip", null],
    ["", null],
    [42, null],
    ["A".repeat(100), null],
  ])("normaliseJoinCode(%j) is %j", (input, expected) => {
    expect(normaliseJoinCode(input)).toBe(expected);
  });
});

describe("dot voting", () => {
  const cases: [string, string[], number, VoteOperation, ReturnType<typeof planVote>][] = [
    ["a first dot", [], 3, { kind: "add", ideaId: "a" }, { ok: true, add: ["a"], remove: [] }],
    ["stacking on one idea", ["a", "a"], 3, { kind: "add", ideaId: "a" }, { ok: true, add: ["a"], remove: [] }],
    ["a dot beyond the limit", ["a", "b", "c"], 3, { kind: "add", ideaId: "d" }, { ok: false, error: "noVotesLeft" }],
    ["more dots than the limit (limit lowered)", ["a", "b", "c"], 2, { kind: "add", ideaId: "d" }, { ok: false, error: "noVotesLeft" }],
    ["taking a dot back", ["a", "b"], 3, { kind: "remove", ideaId: "b" }, { ok: true, add: [], remove: ["b"] }],
    ["taking back a dot never placed", ["a"], 3, { kind: "remove", ideaId: "b" }, { ok: false, error: "noVoteToRemove" }],
    ["moving with every dot placed", ["a", "b", "c"], 3, { kind: "move", fromIdeaId: "a", toIdeaId: "d" }, { ok: true, add: ["d"], remove: ["a"] }],
    ["moving a dot not placed", ["a"], 3, { kind: "move", fromIdeaId: "b", toIdeaId: "c" }, { ok: false, error: "noVoteToRemove" }],
    ["moving onto the same idea", ["a"], 3, { kind: "move", fromIdeaId: "a", toIdeaId: "a" }, { ok: false, error: "sameIdea" }],
  ];
  test.each(cases)("%s", (_label, placed, limit, operation, expected) => {
    expect(planVote(placed, limit, operation)).toEqual(expected);
  });

  test.each([
    [[], 5, 5],
    [["a", "a"], 5, 3],
    [["a", "b", "c"], 2, 0],
  ])("votesLeft(%j, %i) is %i", (placed, limit, expected) => {
    expect(votesLeft(placed, limit)).toBe(expected);
  });

  test.each([
    ["no count sent: always applied", ["a"], { kind: "add", ideaId: "a" }, undefined, "apply"],
    ["add, as seen", ["a"], { kind: "add", ideaId: "a" }, 1, "apply"],
    ["add retried after it landed", ["a", "a"], { kind: "add", ideaId: "a" }, 1, "done"],
    ["add from an out-of-date screen", ["a", "a", "a"], { kind: "add", ideaId: "a" }, 1, "stale"],
    ["remove, as seen", ["a", "a"], { kind: "remove", ideaId: "a" }, 2, "apply"],
    ["remove retried after it landed", ["a"], { kind: "remove", ideaId: "a" }, 2, "done"],
    ["move retried after it landed", ["b"], { kind: "move", fromIdeaId: "a", toIdeaId: "b" }, 1, "done"],
    ["move, as seen", ["a"], { kind: "move", fromIdeaId: "a", toIdeaId: "b" }, 1, "apply"],
  ] as [string, string[], VoteOperation, number | undefined, string][])("retryState: %s", (_label, placed, operation, seen, expected) => {
    expect(retryState(placed, operation, seen)).toBe(expected);
  });

  test("tally counts dots per idea, ignores unknown ideas, most first", () => {
    expect(tallyVotes(["a", "b", "c"], ["b", "b", "c", "x"])).toEqual([
      { ideaId: "b", votes: 2 },
      { ideaId: "c", votes: 1 },
      { ideaId: "a", votes: 0 },
    ]);
  });
});

describe("root-cause ranking", () => {
  const l = (from: string, to: string): Link => ({ from, to });
  const cases: [string, string[], Link[], string[]][] = [
    ["a chain: the first cause leads", ["c", "b", "a"], [l("a", "b"), l("b", "c")], ["a", "b", "c"]],
    ["a fan-out beats a single link", ["x", "y", "p", "q", "r"], [l("x", "y"), l("p", "q"), l("p", "r")], ["p", "x", "y", "q", "r"]],
    ["a cycle terminates and the feeder ranks first", ["a", "b", "c", "s"], [l("a", "b"), l("b", "c"), l("c", "a"), l("s", "a")], ["s", "b", "c", "a"]],
    ["self-links, duplicates and unknown cards are ignored", ["a", "b"], [l("a", "a"), l("a", "b"), l("a", "b"), l("a", "zz")], ["a", "b"]],
    ["no links: original order", ["m", "n"], [], ["m", "n"]],
  ];
  test.each(cases)("%s", (_label, ids, links, expected) => {
    expect(rankRootCauses(ids, links).map((r) => r.cardId)).toEqual(expected);
  });

  test("reach counts distinct downstream cards, not paths", () => {
    const ranking = rankRootCauses(["a", "b", "c", "d"], [l("a", "b"), l("a", "c"), l("b", "d"), l("c", "d")]);
    expect(ranking[0]).toEqual({ cardId: "a", reach: 3, outDegree: 2, inDegree: 0 });
  });

  test("only cards that influence something are highlighted, at most three", () => {
    const ranking = rankRootCauses(["a", "b", "c", "d", "e", "f"], [l("a", "b"), l("c", "d"), l("e", "f"), l("b", "d")]);
    expect(likelyRootCauses(ranking)).toEqual(["a", "c", "e"]);
    expect(likelyRootCauses(rankRootCauses(["a", "b"], []))).toEqual([]);
  });
});

describe("issue map layout", () => {
  test("causes sit left of their effects", () => {
    const placed = layerGraph(["c", "b", "a"], [{ from: "a", to: "b" }, { from: "b", to: "c" }]);
    expect(Object.fromEntries(placed.map((p) => [p.id, p.layer]))).toEqual({ a: 0, b: 1, c: 2 });
  });

  test("a cycle still gets finite layers, and each layer's rows are 0..n-1", () => {
    const placed = layerGraph(["a", "b", "c", "d"], [{ from: "a", to: "b" }, { from: "b", to: "a" }, { from: "a", to: "c" }]);
    for (const p of placed) expect(Number.isFinite(p.layer)).toBe(true);
    const rows = new Map<number, number[]>();
    for (const p of placed) rows.set(p.layer, [...(rows.get(p.layer) ?? []), p.row]);
    for (const r of rows.values()) expect([...r].sort()).toEqual(r.map((_, i) => i));
  });
});

describe("CSV export cells", () => {
  test.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["=HYPERLINK(\"http://x\")", '"\'=HYPERLINK(""http://x"")"'],
    ["+81 27", "'+81 27"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTab", "'\tTab"],
    [null, ""],
    [42, "42"],
  ])("csvCell(%j) is %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test("a file starts with the UTF-8 BOM and ends lines with CRLF", () => {
    expect(csvFile(["a", "b"], [["空き家", 1]])).toBe("\uFEFFa,b\r\n空き家,1\r\n");
  });
});

describe("seats one address takes per minute", () => {
  test.each([
    [1, 5],
    [20, 5],
    [21, 6],
    [60, 15],
    [300, 75],
    [500, 125],
  ])("a %i-seat session: %i", (capacity, seats) => {
    expect(seatsPerAddress(capacity, 5)).toBe(seats);
  });

  test("a hall of any size behind one address is seated within four minutes", () => {
    for (let capacity = 1; capacity <= 500; capacity++) expect(Math.ceil(capacity / seatsPerAddress(capacity, 5))).toBeLessThanOrEqual(4);
  });
});
