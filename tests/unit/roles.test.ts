import { describe, expect, test } from "vitest";
import { awaitsEmailConfirmation, can, landingPath, type Action, type Actor, type Role } from "@/lib/auth/roles";

const actor = (...roles: Role[]): Actor => ({ id: `user-${roles.join("-") || "none"}`, roles });
const resident = actor("RESIDENT");
const member = actor("RESIDENT", "MEMBER");
const facilitator = actor("FACILITATOR");
const staff = actor("STAFF");
const admin = actor("ADMIN");

describe("can(): role table", () => {
  // [action, resident, member, facilitator, staff, admin]
  const table: [Action, boolean, boolean, boolean, boolean, boolean][] = [
    ["staff.console.view", false, false, false, true, true],
    ["user.list", false, false, false, false, true],
    ["user.create", false, false, false, false, true],
    ["audit.view", false, false, false, true, true],
    ["workshop.manage", false, false, false, true, true],
    ["workshop.console.view", false, false, true, true, true],
    ["idea.submit", true, true, true, true, true],
    ["idea.review", false, false, false, true, true],
    ["notification.read", true, true, true, true, true],
    ["account.manage", true, true, true, true, true],
    ["comment.post", true, true, true, true, true],
    ["content.report", true, true, true, true, true],
    ["content.moderate", false, false, false, true, true],
    ["accessibility.feedback.manage", false, false, false, true, true],
    ["project.create", false, false, false, true, true],
    ["netsugen.event.manage", false, false, false, true, true],
    ["project.participate", true, true, true, true, true],
    ["kpi.observation.edit", false, false, false, true, true],
    ["kpi.observation.publish", false, false, false, true, true],
    ["kpi.import", false, false, false, true, true],
    ["netsugen.book", false, true, false, false, false],
    ["netsugen.reception", false, false, false, true, true],
    ["netsugen.booking.decide", false, false, false, true, true],
    ["netsugen.membership.manage", false, false, false, true, true],
    ["netsugen.closure.manage", false, false, false, true, true],
    ["netsugen.statement.manage", false, false, false, true, true],
    ["mail.outbox.view", false, false, false, false, true],
  ];
  test.each(table)("%s: resident %s, member %s, facilitator %s, staff %s, admin %s", (action, ...expected) => {
    expect([resident, member, facilitator, staff, admin].map((a) => can(a, action))).toEqual(expected);
  });

  test("anonymous may do nothing", () => {
    expect(can(null, "idea.submit")).toBe(false);
    expect(can(undefined, "staff.console.view")).toBe(false);
  });
});

describe("can(): resource rules", () => {
  test("a facilitator may facilitate only sessions they are assigned to", () => {
    expect(can(facilitator, "workshop.facilitate", { facilitatorIds: [facilitator.id] })).toBe(true);
    expect(can(facilitator, "workshop.facilitate", { facilitatorIds: ["someone-else"] })).toBe(false);
    expect(can(facilitator, "workshop.facilitate")).toBe(false);
    expect(can(staff, "workshop.facilitate", { facilitatorIds: [] })).toBe(true);
  });

  test("four eyes: staff may not approve a value they submitted", () => {
    expect(can(staff, "kpi.observation.approve", { ownerId: staff.id })).toBe(false);
    expect(can(staff, "kpi.observation.approve", { ownerId: "another-staff" })).toBe(true);
    expect(can(resident, "kpi.observation.approve", { ownerId: "another-staff" })).toBe(false);
  });

  test("four eyes, the other side: only the submitter may withdraw a value", () => {
    expect(can(staff, "kpi.observation.withdraw", { ownerId: staff.id })).toBe(true);
    expect(can(admin, "kpi.observation.withdraw", { ownerId: admin.id })).toBe(true);
    expect(can(staff, "kpi.observation.withdraw", { ownerId: "another-staff" })).toBe(false);
    expect(can(staff, "kpi.observation.withdraw", { ownerId: null })).toBe(false);
    expect(can(staff, "kpi.observation.withdraw")).toBe(false);
    // A resident who somehow submitted (never possible through the gate) still may not.
    expect(can(resident, "kpi.observation.withdraw", { ownerId: resident.id })).toBe(false);
  });

  test("a project lead manages their own project only", () => {
    expect(can(resident, "project.manage", { ownerId: resident.id })).toBe(true);
    expect(can(resident, "project.manage", { ownerId: "other" })).toBe(false);
    expect(can(resident, "project.manage", { ownerId: null })).toBe(false);
  });

  test("a member cancels only their own booking; staff cancel anyone's", () => {
    expect(can(member, "netsugen.booking.cancel", { ownerId: member.id })).toBe(true);
    expect(can(member, "netsugen.booking.cancel", { ownerId: "another-member" })).toBe(false);
    expect(can(member, "netsugen.booking.cancel")).toBe(false);
    expect(can(resident, "netsugen.booking.cancel", { ownerId: "another-member" })).toBe(false);
    expect(can(staff, "netsugen.booking.cancel", { ownerId: "another-member" })).toBe(true);
    expect(can(admin, "netsugen.booking.cancel", { ownerId: "another-member" })).toBe(true);
  });

  test("an admin may not change their own roles", () => {
    expect(can(admin, "user.roles.update", { ownerId: admin.id })).toBe(false);
    expect(can(admin, "user.roles.update", { ownerId: "other" })).toBe(true);
  });
});

describe("can(): an address not yet confirmed", () => {
  const unconfirmed = (...roles: Role[]): Actor => ({ ...actor(...roles), emailConfirmed: false });
  const gated: Action[] = ["idea.submit", "comment.post", "project.participate", "netsugen.book"];

  test.each(gated)("%s waits for confirmation, and the refusal says so", (action) => {
    const person = unconfirmed("RESIDENT", "MEMBER");
    expect(can(person, action)).toBe(false);
    expect(awaitsEmailConfirmation(person, action)).toBe(true);
    expect(can({ ...person, emailConfirmed: true }, action)).toBe(true);
  });

  test.each<Action>(["notification.read", "account.manage", "content.report"])("%s stays open", (action) => {
    expect(can(unconfirmed("RESIDENT"), action)).toBe(true);
  });

  test("a refusal by role is not blamed on the address", () => {
    expect(awaitsEmailConfirmation(unconfirmed("RESIDENT"), "netsugen.book")).toBe(false);
    expect(awaitsEmailConfirmation(unconfirmed("RESIDENT"), "idea.review")).toBe(false);
    expect(awaitsEmailConfirmation(resident, "idea.submit")).toBe(false);
  });
});

describe("landingPath(): where sign-in lands without a requested page", () => {
  test.each([
    ["resident", resident, "/"],
    ["member", member, "/"],
    ["facilitator", facilitator, "/staff/workshops"],
    ["staff", staff, "/staff"],
    ["admin", admin, "/staff"],
    ["a facilitator who is also staff", actor("FACILITATOR", "STAFF"), "/staff"],
  ])("%s → %s", (_label, who, path) => {
    expect(landingPath(who)).toBe(path);
  });
});
