// The licence of every open-data response, JSON and CSV alike: the Japanese government's Public
// Data License 1.0, compatible with CC BY 4.0. One object, so every endpoint names it the same way.
export const OPEN_DATA_LICENCE = {
  id: "PDL-1.0",
  name: "Public Data License (Version 1.0)",
  nameJa: "公共データ利用規約（第1.0版）",
  url: "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0",
  compatibleWith: "CC-BY-4.0",
  attributionJa: "出典：群馬県SDGs未来都市計画／湯けむり（PDL1.0）",
  attribution: "Source: Gunma Prefecture SDGs Future City plan / Yukemuri (PDL1.0)",
} as const;
