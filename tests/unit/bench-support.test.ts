// The bench's own arithmetic and wire format: a wrong percentile or a misread action result would
// print figures that look right and are not.
import { describe, expect, test } from "vitest";
import { actionBody, actionResult } from "../../scripts/bench/server-action";
import { percentiles } from "../../scripts/bench/workshop-scenario";

describe("percentiles", () => {
  test("nearest-rank over the samples, in any order", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1
    expect(percentiles(samples)).toEqual({ p50: 50, p95: 95, p99: 99, max: 100 });
  });

  test("one slow answer in a hundred is the p99, not hidden by the rest", () => {
    expect(percentiles([...Array<number>(99).fill(10), 900]).p99).toBe(10);
    expect(percentiles([...Array<number>(98).fill(10), 900, 900]).p99).toBe(900);
  });

  test("no samples is not a figure", () => {
    expect(Number.isNaN(percentiles([]).p99)).toBe(true);
  });
});

describe("server actions over HTTP", () => {
  test("the body carries (null, formData) as React's encodeReply writes it", () => {
    const { body, contentType } = actionBody({ sessionId: "s1", goals: ["4", "11"] });
    const boundary = contentType.split("boundary=")[1]!;
    const parts = body.split(`--${boundary}`).filter((p) => p.includes("name="));
    const named = parts.map((p) => [/name="([^"]+)"/.exec(p)![1], p.split("\r\n\r\n")[1]!.replace(/\r\n$/, "")]);
    expect(named).toEqual([["_1_sessionId", "s1"], ["_1_goals", "4"], ["_1_goals", "11"], ["0", '[null,"$K1"]']]);
    expect(body.endsWith(`--${boundary}--\r\n`)).toBe(true);
  });

  test("the action's result is row 1 of the RSC payload", () => {
    const payload = '0:{"a":"$@1","q":"","i":false,"b":"x"}\n1:{"ok":false,"error":"workshopErrors.rateLimited"}\n';
    expect(actionResult(payload)).toEqual({ ok: false, error: "workshopErrors.rateLimited" });
    expect(actionResult('0:{"a":"$@1"}\n1:{"ok":true,"data":{"id":"i1"}}')).toEqual({ ok: true, data: { id: "i1" } });
  });

  test("an error page or a cut-off payload is unreadable, never a success", () => {
    expect(actionResult("<!DOCTYPE html><html>…")).toBeNull();
    expect(actionResult('0:{"a":"$@1"}\n1:{"ok":tr')).toBeNull();
  });
});
