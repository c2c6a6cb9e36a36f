/** One of the 17 goals as pages show it: number, names and official colour. */
export interface SdgGoalInfo {
  number: number;
  nameJa: string;
  nameEn: string;
  colour: string;
}
