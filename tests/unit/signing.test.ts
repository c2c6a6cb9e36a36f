import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signUnsubscribe, verifyUnsubscribe } from "@/lib/mail/unsubscribe-token";
import { hmacText, signaturesMatch } from "@/lib/security/signing";
import { isRecordId, recordId } from "@/lib/validation/ids";
import { signParticipant, verifyParticipant } from "@/lib/workshops/participant-token";

const KEY = "test-key";
const reference = (message: string) => createHmac("sha256", KEY).update(message).digest("base64url");

describe("one HMAC home", () => {
  it("signs exactly as HMAC-SHA-256 in base64url, so links already mailed keep verifying", () => {
    expect(hmacText(KEY, "mail-unsubscribe:abc")).toBe(reference("mail-unsubscribe:abc"));
    const payload = Buffer.from(JSON.stringify(["user1", "idea.answered"]), "utf8").toString("base64url");
    expect(signUnsubscribe("user1", "idea.answered", KEY)).toBe(`${payload}.${reference(`mail-unsubscribe:${payload}`)}`);
    expect(signParticipant("p1", "s1", KEY)).toBe(`p1.${reference("workshop-participant:s1:p1")}`);
  });

  it("compares signatures of any length without throwing", () => {
    expect(signaturesMatch("abc", "abc")).toBe(true);
    expect(signaturesMatch("abc", "abd")).toBe(false);
    expect(signaturesMatch("", "abc")).toBe(false);
    expect(signaturesMatch("abcd", "abc")).toBe(false);
    expect(signaturesMatch("ａｂｃ", "abc")).toBe(false);
  });

  it("refuses a token signed for another purpose or with another key", () => {
    const token = signParticipant("p1", "s1", KEY);
    expect(verifyParticipant(token, "s1", KEY)).toBe("p1");
    expect(verifyParticipant(token, "s2", KEY)).toBeNull();
    expect(verifyParticipant(token, "s1", "other-key")).toBeNull();
    const unsubscribe = signUnsubscribe("p1", "s1", KEY);
    expect(verifyParticipant(unsubscribe, "s1", KEY)).toBeNull();
    expect(verifyUnsubscribe(token, KEY)).toBeNull();
  });
});

describe("record ids", () => {
  it("accepts cuid-shaped ids and refuses everything else", () => {
    expect(isRecordId("cmf0abc123def456ghi789jkl")).toBe(true);
    for (const hostile of ["", "short", "UPPERCASE123", "abc-def-123", "a".repeat(41), "abc123def\u0000", "../../etc", 12345678, null]) {
      expect(isRecordId(hostile)).toBe(false);
    }
  });

  it("fails with the caller's message key", () => {
    const schema = recordId("netsugen.errors.bookingNotFound");
    const result = schema.safeParse("../x");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("netsugen.errors.bookingNotFound");
    expect(schema.safeParse(42).error?.issues[0]?.message).toBe("netsugen.errors.bookingNotFound");
  });
});
