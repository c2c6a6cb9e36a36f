// Where a supporter lives: the 47 prefectures by their JIS X 0401 code, and 0 for outside Japan
// (広義の県民 includes people abroad, seed 001). Gunma is 10.
export const GUNMA = 10;
export const ABROAD = 0;

const NAMES: readonly (readonly [ja: string, en: string])[] = [
  ["北海道", "Hokkaido"], ["青森県", "Aomori"], ["岩手県", "Iwate"], ["宮城県", "Miyagi"], ["秋田県", "Akita"],
  ["山形県", "Yamagata"], ["福島県", "Fukushima"], ["茨城県", "Ibaraki"], ["栃木県", "Tochigi"], ["群馬県", "Gunma"],
  ["埼玉県", "Saitama"], ["千葉県", "Chiba"], ["東京都", "Tokyo"], ["神奈川県", "Kanagawa"], ["新潟県", "Niigata"],
  ["富山県", "Toyama"], ["石川県", "Ishikawa"], ["福井県", "Fukui"], ["山梨県", "Yamanashi"], ["長野県", "Nagano"],
  ["岐阜県", "Gifu"], ["静岡県", "Shizuoka"], ["愛知県", "Aichi"], ["三重県", "Mie"], ["滋賀県", "Shiga"],
  ["京都府", "Kyoto"], ["大阪府", "Osaka"], ["兵庫県", "Hyogo"], ["奈良県", "Nara"], ["和歌山県", "Wakayama"],
  ["鳥取県", "Tottori"], ["島根県", "Shimane"], ["岡山県", "Okayama"], ["広島県", "Hiroshima"], ["山口県", "Yamaguchi"],
  ["徳島県", "Tokushima"], ["香川県", "Kagawa"], ["愛媛県", "Ehime"], ["高知県", "Kochi"], ["福岡県", "Fukuoka"],
  ["佐賀県", "Saga"], ["長崎県", "Nagasaki"], ["熊本県", "Kumamoto"], ["大分県", "Oita"], ["宮崎県", "Miyazaki"],
  ["鹿児島県", "Kagoshima"], ["沖縄県", "Okinawa"],
];

export interface Residence {
  code: number;
  nameJa: string;
  nameEn: string;
}

/** Every choice of residence, Gunma first (most supporters live there), then JIS order, then abroad. */
export const RESIDENCES: readonly Residence[] = [
  { code: GUNMA, nameJa: NAMES[GUNMA - 1]![0], nameEn: NAMES[GUNMA - 1]![1] },
  ...NAMES.map(([nameJa, nameEn], i) => ({ code: i + 1, nameJa, nameEn })).filter((r) => r.code !== GUNMA),
  { code: ABROAD, nameJa: "海外", nameEn: "Outside Japan" },
];

export function residenceName(code: number, locale: string): string {
  const found = RESIDENCES.find((r) => r.code === code);
  if (!found) return String(code);
  return locale === "ja" ? found.nameJa : found.nameEn;
}

/** How the public figures group residences: in Gunma, elsewhere in Japan, abroad. */
export const RESIDENCE_GROUPS = ["gunma", "otherPrefecture", "abroad"] as const;
export type ResidenceGroup = (typeof RESIDENCE_GROUPS)[number];

export const residenceGroup = (code: number): ResidenceGroup => (code === GUNMA ? "gunma" : code === ABROAD ? "abroad" : "otherPrefecture");
