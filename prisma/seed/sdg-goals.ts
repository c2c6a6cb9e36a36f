// The 17 Sustainable Development Goals: official Japanese names (国連広報センター) and the UN's
// official colours.
export const SDG_GOALS = [
  { number: 1, nameJa: "貧困をなくそう", nameEn: "No Poverty", colour: "#E5243B" },
  { number: 2, nameJa: "飢餓をゼロに", nameEn: "Zero Hunger", colour: "#DDA63A" },
  { number: 3, nameJa: "すべての人に健康と福祉を", nameEn: "Good Health and Well-being", colour: "#4C9F38" },
  { number: 4, nameJa: "質の高い教育をみんなに", nameEn: "Quality Education", colour: "#C5192D" },
  { number: 5, nameJa: "ジェンダー平等を実現しよう", nameEn: "Gender Equality", colour: "#FF3A21" },
  { number: 6, nameJa: "安全な水とトイレを世界中に", nameEn: "Clean Water and Sanitation", colour: "#26BDE2" },
  { number: 7, nameJa: "エネルギーをみんなに そしてクリーンに", nameEn: "Affordable and Clean Energy", colour: "#FCC30B" },
  { number: 8, nameJa: "働きがいも経済成長も", nameEn: "Decent Work and Economic Growth", colour: "#A21942" },
  { number: 9, nameJa: "産業と技術革新の基盤をつくろう", nameEn: "Industry, Innovation and Infrastructure", colour: "#FD6925" },
  { number: 10, nameJa: "人や国の不平等をなくそう", nameEn: "Reduced Inequalities", colour: "#DD1367" },
  { number: 11, nameJa: "住み続けられるまちづくりを", nameEn: "Sustainable Cities and Communities", colour: "#FD9D24" },
  { number: 12, nameJa: "つくる責任 つかう責任", nameEn: "Responsible Consumption and Production", colour: "#BF8B2E" },
  { number: 13, nameJa: "気候変動に具体的な対策を", nameEn: "Climate Action", colour: "#3F7E44" },
  { number: 14, nameJa: "海の豊かさを守ろう", nameEn: "Life Below Water", colour: "#0A97D9" },
  { number: 15, nameJa: "陸の豊かさも守ろう", nameEn: "Life on Land", colour: "#56C02B" },
  { number: 16, nameJa: "平和と公正をすべての人に", nameEn: "Peace, Justice and Strong Institutions", colour: "#00689D" },
  { number: 17, nameJa: "パートナーシップで目標を達成しよう", nameEn: "Partnerships for the Goals", colour: "#19486A" },
] as const;

/** Per goal: how many numbered targets (x.1 …) and which lettered means-of-implementation targets. */
const TARGET_SHAPE: readonly [numbered: number, lettered: string][] = [
  [5, "ab"], [5, "abc"], [9, "abcd"], [7, "abc"], [6, "abc"], [6, "ab"], [3, "ab"], [10, "ab"], [5, "abc"],
  [7, "abc"], [7, "abc"], [8, "abc"], [3, "ab"], [7, "abc"], [9, "abc"], [10, "ab"], [19, ""],
];

/** The 169 target codes of the 2030 Agenda, "1.1" to "17.19". */
export const ALL_SDG_TARGET_CODES: readonly string[] = TARGET_SHAPE.flatMap(([numbered, lettered], index) => [
  ...Array.from({ length: numbered }, (_, i) => `${index + 1}.${i + 1}`),
  ...[...lettered].map((letter) => `${index + 1}.${letter}`),
]);
