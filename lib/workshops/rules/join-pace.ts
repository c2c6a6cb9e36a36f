// How many new seats one address may take in one session per minute (RATE_LIMITS.workshopSeat).
//
// An address cannot tell a script from a hall: the community centre's Wi-Fi puts every phone in
// the room (60 to 300 of them, up to the 500-seat maximum) behind one public address. So the
// limit cannot cap an address's share of the seats in total, only the pace at which it takes
// them: a quarter of the capacity a minute. A full hall behind one NAT is seated within about
// four minutes (typing a nickname already spreads the taps out, and a refused phone is told to
// wait a minute, not turned away), while a script from one address needs the same four minutes
// for a hall it could take in seconds before, in plain view of the facilitator's participant
// count. Small sessions keep a floor, so a family or a team on one router still joins at once.
// Accounts are not paced: each has one seat per session whatever it does.
export const SEAT_SHARE_PER_MINUTE = 1 / 4;

export function seatsPerAddress(capacity: number, floor: number): number {
  return Math.max(floor, Math.ceil(capacity * SEAT_SHARE_PER_MINUTE));
}
