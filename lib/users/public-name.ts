// How a person is named to the public. A name leaves the data layer only for someone who chose a
// public profile; everyone else is a "participant", and someone who deleted their account a
// "former user". Queries map rows through here, so a private name never reaches a page's HTML,
// its RSC payload or an API response.

/** What a query selects of an author to name them. */
export const PUBLIC_NAME_SELECT = { name: true, isPublicProfile: true, deletedAt: true } as const;

export type PublicName = { kind: "named"; name: string } | { kind: "participant" } | { kind: "former" };

export interface NameableUser {
  name: string;
  isPublicProfile: boolean;
  deletedAt: Date | null;
}

export function publicName(user: NameableUser | null | undefined): PublicName {
  if (!user || user.deletedAt !== null) return { kind: "former" };
  return user.isPublicProfile ? { kind: "named", name: user.name } : { kind: "participant" };
}

/** For the open-data API: the name, or null. */
export function publicNameOrNull(user: NameableUser | null | undefined): string | null {
  const name = publicName(user);
  return name.kind === "named" ? name.name : null;
}

/**
 * For people who deal with the person (a project's lead reading an offer, staff): the name they
 * gave, or "former user" once the account is deleted.
 */
export function knownName(user: { name: string; deletedAt: Date | null } | null | undefined): PublicName {
  if (!user || user.deletedAt !== null) return { kind: "former" };
  return { kind: "named", name: user.name };
}
