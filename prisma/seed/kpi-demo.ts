import type { Database } from "../../lib/db";

// DEMO values, invented for the dashboard's first run: they are NOT Gunma's statistics. Each is
// stored with isDemo = true and shown as デモ / Demo on every page and in the API until staff
// publish a real value for that year. They are chosen so that every grade appears at least
// once, some values are stale (latest year more than two fiscal years old) and eight KPIs have
// no data at all. The co-creation initiatives KPI gets none: the platform counts it from the
// seeded initiatives (lib/kpis/derived.ts), and invented numbers would contradict that count.
// Keys: KPI code → series key → fiscal year → value.
const DEMO: Record<string, Record<string, Record<number, number>>> = {
  "gross-prefectural-product": { total: { 2021: 91500, 2022: 93000, 2023: 93500, 2024: 94200 } }, // on track
  "prefectural-income-per-capita": { total: { 2022: 3360, 2023: 3380, 2024: 3400 } }, // off track
  "wages-per-person": { total: { 2023: 4520, 2024: 4600 } }, // moderate
  "value-added-per-person": { total: { 2022: 9000, 2023: 9200 } }, // achieved, stale
  "five-g-technology-adoption-support": { total: { 2021: 3, 2022: 7, 2023: 12, 2024: 22 } }, // on track (累計)
  "digital-engineer-training-completers": { total: { 2021: 80, 2022: 160, 2023: 230, 2024: 300 } }, // moderate (累計)
  "tourism-spend-per-overnight-guest": { total: { 2021: 23000, 2022: 24500, 2023: 25200, 2024: 26800 } }, // off track
  "creator-laboratory-participants": { total: { 2021: 300, 2022: 560, 2023: 810, 2024: 1020 } }, // achieved (累計)
  "healthy-life-expectancy": { male: { 2019: 72.5, 2022: 72.9 }, female: { 2019: 75.4, 2022: 75.6 } }, // worst series: off track, stale
  "pupils-self-directed-problem-solving": { grade6: { 2024: 90 }, grade9: { 2024: 88 } }, // moderate
  "women-in-management": { total: { 2022: 21.5, 2023: 22.8, 2024: 24 } }, // off track
  "e-procedure-rate": { total: { 2022: 64.2, 2023: 100, 2024: 100 } }, // achieved
  "health-points-participants": { total: { 2022: 90000, 2023: 125000, 2024: 130000 } }, // achieved
  "students-ict-literacy": { total: { 2023: 91.2, 2024: 92 } }, // on track (増加)
  "students-learning-at-own-pace": { total: { 2023: 84.5, 2024: 84.1 } }, // off track (増加)
  "online-medical-care-seminar-attendees": { total: { 2022: 150, 2023: 320, 2024: 390 } }, // moderate
  "in-migrants": { total: { 2022: 1105, 2023: 1250, 2024: 1310 } }, // achieved
  "job-cafe-youth-employment": { total: { 2023: 1090, 2024: 1100 } }, // off track
  "renewable-energy-introduction": { total: { 2023: 6500000, 2024: 6950000 } }, // on track
  "waste-recycling-rate": { municipal: { 2022: 15.1, 2023: 15 }, industrial: { 2022: 54.1, 2023: 54.5 } }, // off track, stale
  "forest-business-areas": { total: { 2022: 17, 2023: 19, 2024: 21 } }, // moderate (累計)
  "zero-declaration-housing-group-agreements": { total: { 2023: 11, 2024: 14 } }, // on track (累計)
  "food-bank-population-coverage": { total: { 2023: 91.4, 2024: 95.2 } }, // achieved
  "oze-cocreation-initiatives": { total: { 2023: 4, 2024: 5 } }, // moderate (累計)
  "ghg-emissions": { total: { 2021: 14100, 2022: 13800, 2023: 13500 } }, // moderate (decreasing)
};

export const DEMO_NOTE = "デモ用の架空の値です（実際の統計ではありません） / Demo value, not a real statistic";

export async function seedKpiDemoObservations(db: Database): Promise<void> {
  for (const [code, seriesValues] of Object.entries(DEMO)) {
    const kpi = await db.kpi.findUnique({ where: { code }, select: { series: { select: { id: true, key: true } } } });
    if (!kpi) throw new Error(`Demo observations name an unknown KPI: ${code}`);
    for (const [key, years] of Object.entries(seriesValues)) {
      const series = kpi.series.find((s) => s.key === key);
      if (!series) throw new Error(`Demo observations name an unknown series: ${code}/${key}`);
      for (const [year, value] of Object.entries(years)) {
        const fiscalYear = Number(year);
        // Create-only: once any version exists for the year (demo or a staff entry), leave it be.
        const existing = await db.kpiObservation.count({ where: { seriesId: series.id, fiscalYear } });
        if (existing > 0) continue;
        const publishedAt = new Date(Date.UTC(fiscalYear + 1, 8, 30, 1)); // as if published in the autumn after the year
        await db.kpiObservation.create({
          data: {
            seriesId: series.id,
            fiscalYear,
            value: String(value),
            status: fiscalYear >= 2024 ? "PRELIMINARY" : "FINAL",
            state: "PUBLISHED",
            isDemo: true,
            note: DEMO_NOTE,
            publishedAt,
            createdAt: publishedAt,
          },
        });
      }
    }
  }
}
