// Demo sign-ins for every role. They exist only in demo data (isDemo) and are printed by
// `npm start` and listed in the README. Never deploy a database seeded with them.
export interface DemoAccount {
  email: string;
  password: string;
  name: string;
  roles: ("RESIDENT" | "MEMBER" | "FACILITATOR" | "STAFF" | "ADMIN")[];
  labelJa: string;
  labelEn: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "resident@demo.yukemuri.example", password: "yukemuri-resident-2026", name: "上州 はな（デモ）", roles: ["RESIDENT"], labelJa: "県民", labelEn: "Resident" },
  { email: "member@demo.yukemuri.example", password: "yukemuri-member-2026", name: "赤城 健（デモ）", roles: ["RESIDENT", "MEMBER"], labelJa: "NETSUGEN会員", labelEn: "NETSUGEN member" },
  { email: "facilitator@demo.yukemuri.example", password: "yukemuri-facilitator-2026", name: "榛名 ゆい（デモ）", roles: ["FACILITATOR"], labelJa: "ファシリテーター", labelEn: "Facilitator" },
  { email: "staff@demo.yukemuri.example", password: "yukemuri-staff-2026", name: "妙義 誠（デモ職員）", roles: ["STAFF"], labelJa: "県職員", labelEn: "Prefectural staff" },
  { email: "staff2@demo.yukemuri.example", password: "yukemuri-staff2-2026", name: "谷川 彩（デモ職員）", roles: ["STAFF"], labelJa: "県職員（承認者）", labelEn: "Prefectural staff (approver)" },
  { email: "admin@demo.yukemuri.example", password: "yukemuri-admin-2026", name: "管理者（デモ）", roles: ["ADMIN", "STAFF"], labelJa: "管理者", labelEn: "Administrator" },
];
