// The routes `npm run bench:scale` measures: the ones whose work grows with the data (#15).

export interface ScaleRoute {
  path: string;
  /** Who asks: staff and member pages need their session. */
  as: "anonymous" | "staff" | "member";
}

/** The Tokyo date a week from now, a weekday or not: its bookings exist in both datasets' terms. */
function dateKeyInAWeek(): string {
  return new Date(Date.now() + 7 * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });
}

const inAWeek = dateKeyInAWeek();
// A two-character word and a three-character one: trigram indexes cannot serve a pattern shorter
// than three characters, which Japanese keywords often are.
const SHORT_WORD = encodeURIComponent("温泉");
const LONG_WORD = encodeURIComponent("子育て");

export const SCALE_ROUTES: readonly ScaleRoute[] = [
  { path: "/api/health", as: "anonymous" },
  { path: `/zukan?q=${SHORT_WORD}`, as: "anonymous" },
  { path: `/zukan?q=${LONG_WORD}&area=agatsuma&sort=cheered`, as: "anonymous" },
  { path: "/zukan?sdg=11&stage=RUNNING&sort=active", as: "anonymous" },
  { path: `/zukan?show=ideas&q=${LONG_WORD}`, as: "anonymous" },
  { path: "/zukan?show=ideas&area=tone-numata", as: "anonymous" },
  { path: "/dashboard", as: "anonymous" },
  { path: "/dashboard/kpis/gross-prefectural-product", as: "anonymous" },
  { path: `/netsugen/spaces/meeting-room-a?date=${inAWeek}`, as: "anonymous" },
  { path: `/api/v1/spaces/meeting-room-a/availability?date=${inAWeek}`, as: "anonymous" },
  { path: "/staff/ideas", as: "staff" },
  { path: "/netsugen/bookings", as: "member" },
  { path: `/api/v1/projects?q=${SHORT_WORD}`, as: "anonymous" },
  { path: "/api/v1/projects?page=20", as: "anonymous" },
  { path: `/api/v1/ideas?q=${LONG_WORD}`, as: "anonymous" },
  { path: "/api/v1/kpis", as: "anonymous" },
  { path: "/api/v1/kpis.csv", as: "anonymous" },
  { path: "/api/v1/workshops", as: "anonymous" },
];
