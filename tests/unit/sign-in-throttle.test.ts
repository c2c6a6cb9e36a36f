import { describe, expect, test } from "vitest";
import { ACCOUNT_CEILING, FREE_PAIR_FAILURES, MAX_DELAY_SECONDS, pairDelaySeconds, secondsUntilNextAttempt } from "@/lib/auth/throttle";
import { signInWaitError, waitSecondsOf } from "@/lib/auth/sign-in-errors";
import { summariseUserAgent } from "@/lib/auth/user-agent";

describe("pairDelaySeconds: one client's guesses at one account", () => {
  test.each([
    [0, 0, 0],
    [FREE_PAIR_FAILURES - 1, 0, 0],
    [FREE_PAIR_FAILURES, 0, 0],
    [FREE_PAIR_FAILURES + 1, 0, 15],
    [FREE_PAIR_FAILURES + 2, 0, 30],
    [FREE_PAIR_FAILURES + 3, 0, 60],
    [FREE_PAIR_FAILURES + 6, 0, 480],
    [FREE_PAIR_FAILURES + 7, 0, MAX_DELAY_SECONDS],
    [1_000, 0, MAX_DELAY_SECONDS],
    // Over the account's ceiling the free attempts are gone, but the first attempt is still free.
    [0, ACCOUNT_CEILING, 0],
    [1, ACCOUNT_CEILING - 1, 0],
    [1, ACCOUNT_CEILING, 15],
    [2, ACCOUNT_CEILING, 30],
    [FREE_PAIR_FAILURES, ACCOUNT_CEILING + 500, 240],
    [40, 10_000, MAX_DELAY_SECONDS],
  ])("%i pair failures, %i on the account → wait %i s", (pair, account, expected) => {
    expect(pairDelaySeconds(pair, account)).toBe(expected);
  });
});

describe("secondsUntilNextAttempt", () => {
  const at = (seconds: number) => new Date(Date.UTC(2026, 11, 4, 9, 0, seconds));

  test.each([
    ["no failure yet, whatever the account", { pairFailures: 0, accountFailures: 100_000, lastPairFailureAt: null }, 0, 0],
    ["free failures", { pairFailures: FREE_PAIR_FAILURES, accountFailures: 0, lastPairFailureAt: at(0) }, 0, 0],
    ["just after the sixth", { pairFailures: FREE_PAIR_FAILURES + 1, accountFailures: 0, lastPairFailureAt: at(0) }, 0, 15],
    ["part of the wait gone, rounded up", { pairFailures: FREE_PAIR_FAILURES + 1, accountFailures: 0, lastPairFailureAt: at(0) }, 14.5, 1],
    ["the wait exactly over", { pairFailures: FREE_PAIR_FAILURES + 1, accountFailures: 0, lastPairFailureAt: at(0) }, 15, 0],
    ["under attack, after one typo", { pairFailures: 1, accountFailures: ACCOUNT_CEILING, lastPairFailureAt: at(0) }, 5, 10],
  ])("%s", (_case, state, secondsLater, expected) => {
    const now = new Date(at(0).getTime() + secondsLater * 1000);
    expect(secondsUntilNextAttempt(state, now)).toBe(expected);
  });

  test("the wait never exceeds fifteen minutes: nobody is ever locked out", () => {
    for (let pair = 0; pair < 200; pair += 7) {
      for (const account of [0, ACCOUNT_CEILING, 1_000_000]) expect(pairDelaySeconds(pair, account)).toBeLessThanOrEqual(15 * 60);
    }
  });
});

describe("the wait travels to the form as a message with its seconds", () => {
  test.each([
    [15, 15],
    [0.2, 1],
    [900, 900],
  ])("%d s", (seconds, expected) => {
    expect(waitSecondsOf(signInWaitError(seconds))).toBe(expected);
  });
  test.each([[null], [""], ["RateLimited"], ["Wait:"], ["Wait:-5"], ["Wait:abc"], ["Wait:1.5"], ["Wait:99999999"], ["CredentialsSignin"]])("%j is not a wait", (error) => {
    expect(waitSecondsOf(error)).toBeNull();
  });
});

describe("summariseUserAgent keeps a browser and a system, nothing more", () => {
  test.each([
    ["Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", "Chrome · Android"],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "Safari · iOS"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge · Windows"],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox · macOS"],
    ["curl/8.5.0", null],
    ["", null],
    [null, null],
  ])("%s", (header, expected) => {
    expect(summariseUserAgent(header)).toBe(expected);
  });
});
