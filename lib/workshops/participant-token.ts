// The participant cookie: "<participantId>.<HMAC>", signed with the app secret, so that a phone
// that lost Wi-Fi (or reloaded) keeps its identity, and nobody can pose as another participant
// by editing the cookie. Bound to the session, so a token never works in another session.
import { resolveAuthSecret } from "../auth/secret";
import { hmacText, signaturesMatch } from "../security/signing";

export const PARTICIPANT_COOKIE_PREFIX = "ykm_wp_";
export const PARTICIPANT_COOKIE_MAX_AGE = 60 * 60 * 24; // a workshop day

export function participantCookieName(sessionId: string): string {
  return `${PARTICIPANT_COOKIE_PREFIX}${sessionId}`;
}

function mac(participantId: string, sessionId: string, secret: string): string {
  return hmacText(secret, `workshop-participant:${sessionId}:${participantId}`);
}

export function signParticipant(participantId: string, sessionId: string, secret = resolveAuthSecret()): string {
  return `${participantId}.${mac(participantId, sessionId, secret)}`;
}

/** The participant id in a valid token for this session, else null. */
export function verifyParticipant(token: string | undefined, sessionId: string, secret = resolveAuthSecret()): string | null {
  if (!token || token.length > 200) return null;
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const participantId = token.slice(0, dot);
  return signaturesMatch(token.slice(dot + 1), mac(participantId, sessionId, secret)) ? participantId : null;
}
