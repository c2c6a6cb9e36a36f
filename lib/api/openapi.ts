// The OpenAPI 3.1 description of the platform's public HTTP endpoints. A unit test checks that
// every route handler under app/api/v1 (and the health check) is described here.
import { DECLINE_REASONS, IDEA_SOURCES, NEED_KINDS } from "../ideas/choices";
import { IDEA_STATUSES } from "../ideas/rules";
import { KpiComparator, KpiDirection, ObservationStatus, Pillar, WorkshopSessionKind, WorkshopSessionState } from "../generated/prisma/enums";
import { OPEN_DATA_LICENCE as LICENCE } from "../http/licence";
import { GRADE_ORDER } from "../kpis/grading";
import { CSV_COLUMNS } from "../kpis/open-data";
import { CATALOGUE_SORTS } from "../projects/catalogue-schema";
import { PROJECT_STAGES } from "../projects/rules";
import { SUPPRESS_BELOW } from "../supporters/disclosure";
import { RESIDENCE_GROUPS } from "../supporters/prefectures";
import { SUPPORTER_CSV_COLUMNS } from "../supporters/open-data";
import { TIE_KINDS } from "../supporters/tie-kinds";

const bilingual = { type: "object", properties: { ja: { type: ["string", "null"] }, en: { type: ["string", "null"] } }, required: ["ja", "en"] };

const cachingHeaders = {
  ETag: { description: "Strong validator of the body; send it back in If-None-Match.", schema: { type: "string" } },
  "Cache-Control": { schema: { type: "string", examples: ["public, max-age=60, stale-while-revalidate=300"] } },
};
const notModified = { description: "The body has not changed since the ETag in If-None-Match.", headers: cachingHeaders };
const ifNoneMatch = { name: "If-None-Match", in: "header", required: false, schema: { type: "string" } };

const json = (schema: object, description: string) => ({
  description,
  headers: cachingHeaders,
  content: { "application/json": { schema } },
});

// The catalogue's filters (lib/projects/catalogue-schema.ts); malformed values are ignored, not refused.
const catalogueParameters = [
  { name: "q", in: "query", schema: { type: "string", maxLength: 100 }, description: "Words to look for" },
  { name: "area", in: "query", schema: { type: "string", pattern: "^[a-z0-9-]{1,40}$" }, description: "Area code" },
  { name: "municipality", in: "query", schema: { type: "integer", minimum: 1 } },
  { name: "sdg", in: "query", schema: { type: "integer", minimum: 1, maximum: 17 } },
  { name: "stage", in: "query", schema: { type: "string", enum: [...PROJECT_STAGES] } },
  { name: "need", in: "query", schema: { type: "string", enum: [...NEED_KINDS] } },
  { name: "sort", in: "query", schema: { type: "string", enum: [...CATALOGUE_SORTS], default: "newest" } },
  { name: "page", in: "query", schema: { type: "integer", minimum: 1, maximum: 1000, default: 1 } },
  { name: "If-None-Match", in: "header", required: false, schema: { type: "string" } },
];

const cataloguePage = (description: string, items: object = { type: "object", additionalProperties: true }) => ({
  description,
  headers: {
    ETag: { schema: { type: "string" } },
    "Cache-Control": { schema: { type: "string" } },
  },
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: {
          meta: {
            type: "object",
            properties: {
              licence: { type: "object" },
              page: { type: "integer" },
              pageCount: { type: "integer" },
              total: { type: "integer" },
              filters: { type: "object" },
            },
          },
          data: { type: "array", items },
        },
        required: ["meta", "data"],
      },
    },
  },
});

export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "Yukemuri public API",
    version: "1.0.0",
    summary: "Gunma Prefecture SDGs Future City KPIs, their grades and the 17 goals, as open data.",
    description:
      "KPIs of the Gunma Prefecture SDGs Future City plan with baselines, milestones, published observations by fiscal year (年度, April–March) and grades computed by the method at /dashboard/method. Observations with isDemo = true are invented demo values.",
    license: { name: `${LICENCE.nameJa} (${LICENCE.id}), compatible with CC BY 4.0`, url: LICENCE.url },
  },
  servers: [{ url: "/" }],
  paths: {
    "/api/v1/kpis": {
      get: {
        operationId: "listKpis",
        summary: "Every KPI with its series, baseline, milestones, published observations and grade",
        parameters: [ifNoneMatch],
        responses: {
          "200": json({ type: "object", properties: { meta: { $ref: "#/components/schemas/Meta" }, data: { type: "array", items: { $ref: "#/components/schemas/Kpi" } } }, required: ["meta", "data"] }, "All KPIs"),
          "304": notModified,
        },
      },
    },
    "/api/v1/kpis/{code}": {
      get: {
        operationId: "getKpi",
        summary: "One KPI by its code, as JSON or (format=csv) as the tidy CSV of its published observations",
        parameters: [
          { name: "code", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9-]{1,100}$" }, example: "ghg-emissions" },
          {
            name: "format",
            in: "query",
            required: false,
            description: `csv: the rows of /api/v1/kpis.csv for this KPI alone (UTF-8 with BOM; columns ${CSV_COLUMNS.join(", ")}). Anything else, or none: JSON.`,
            schema: { type: "string", enum: ["json", "csv"] },
          },
          ifNoneMatch,
        ],
        responses: {
          "200": {
            description: "The KPI",
            headers: cachingHeaders,
            content: {
              "application/json": {
                schema: { type: "object", properties: { meta: { $ref: "#/components/schemas/Meta" }, data: { $ref: "#/components/schemas/Kpi" } }, required: ["meta", "data"] },
              },
              "text/csv": { schema: { type: "string" } },
            },
          },
          "304": notModified,
          "404": { description: "No KPI has this code", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    },
    "/api/v1/kpis.csv": {
      get: {
        operationId: "downloadKpisCsv",
        summary: "Tidy CSV, one row per current published observation (UTF-8 with BOM)",
        description: `Columns: ${CSV_COLUMNS.join(", ")}. Text cells that a spreadsheet would run as a formula start with an apostrophe.`,
        parameters: [ifNoneMatch],
        responses: {
          "200": { description: "The CSV file", headers: cachingHeaders, content: { "text/csv": { schema: { type: "string" } } } },
          "304": notModified,
        },
      },
    },
    "/api/v1/sdgs": {
      get: {
        operationId: "listSdgs",
        summary: "The 17 goals with how many KPIs are in each grade and how many have data",
        parameters: [ifNoneMatch],
        responses: {
          "200": json({ type: "object", properties: { meta: { $ref: "#/components/schemas/Meta" }, data: { type: "array", items: { $ref: "#/components/schemas/Goal" } } }, required: ["meta", "data"] }, "The goals"),
          "304": notModified,
        },
      },
    },
    "/api/v1/projects": {
      get: {
        operationId: "listProjects",
        summary: "The public project catalogue (湯けむり未来図鑑), paginated, with the same filters as /zukan",
        parameters: catalogueParameters,
        responses: { "200": cataloguePage("One page of projects"), "304": { description: "Not modified" } },
      },
    },
    "/api/v1/ideas": {
      get: {
        operationId: "listIdeas",
        summary: "Public ideas, paginated, with the catalogue's filters: residents' published ideas with what became of each, and the ideas of workshop sessions whose results are public",
        description:
          "The ideas of /zukan?show=ideas, newest first. `source` tells the two kinds apart: `pipeline` ideas were submitted on the site or shortlisted from a workshop and carry the prefecture's review status and answer; `workshop` ideas are as participants posted them in a session that has ended, minus any a facilitator hid, and have no status. A shortlisted idea appears once, as its pipeline idea once that is published. A workshop series serves one or more areas, so `area` and `municipality` match the ideas of series for that area. `stage` and `sort` do not apply to ideas. No workshop nickname or private name is ever included.",
        parameters: catalogueParameters,
        responses: { "200": cataloguePage("One page of ideas", { $ref: "#/components/schemas/Idea" }), "304": { description: "Not modified" } },
      },
    },
    "/api/v1/netsugen": {
      get: {
        operationId: "getNetsugen",
        summary: "NETSUGEN today: opening hours today and this week (holidays in Japan time), plans and fees, and how many coworking seats are in use now",
        responses: { "200": { description: "The overview", content: { "application/json": { schema: { type: "object" } } } } },
      },
    },
    "/api/v1/netsugen/calendar/{token}": {
      get: {
        operationId: "getMemberCalendar",
        summary: "A member's bookings as an iCalendar feed. The token is a signed, private URL from the member's page; it is not public data",
        parameters: [{ name: "token", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": { description: "iCalendar", content: { "text/calendar": { schema: { type: "string" } } } },
          "404": { description: "Unknown or forged token" },
        },
      },
    },
    "/api/v1/spaces": {
      get: {
        operationId: "listSpaces",
        summary: "NETSUGEN's bookable spaces with capacity, equipment and booking rules",
        responses: { "200": { description: "The spaces", content: { "application/json": { schema: { type: "object" } } } } },
      },
    },
    "/api/v1/spaces/{slug}/availability": {
      get: {
        operationId: "getSpaceAvailability",
        summary: "Free and busy intervals of one space on one Tokyo day, with +09:00 offsets and no member data",
        parameters: [
          { name: "slug", in: "path", required: true, schema: { type: "string" } },
          { name: "date", in: "query", required: true, schema: { type: "string", format: "date" } },
        ],
        responses: {
          "200": { description: "Availability", content: { "application/json": { schema: { type: "object" } } } },
          "400": { description: "The date is missing or not YYYY-MM-DD", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          "404": { description: "No such space", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    },
    "/api/v1/workshops": {
      get: {
        operationId: "listWorkshops",
        summary: "未来共創ワークショップ: series, newest first and 20 to a page, with their sessions and public outcomes (counts, top ideas); no personal data",
        parameters: [catalogueParameters.find((parameter) => parameter.name === "page")!, catalogueParameters.find((parameter) => parameter.name === "If-None-Match")!],
        responses: {
          "200": {
            description: "One page of series with their sessions",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["meta", "series"],
                  properties: {
                    meta: { type: "object", properties: { licence: { type: "object" }, page: { type: "integer" }, pageCount: { type: "integer" }, total: { type: "integer" } } },
                    series: { type: "array", items: { type: "object" } },
                  },
                },
              },
            },
          },
          "304": { description: "Not modified" },
        },
      },
    },
    "/api/v1/supporters": {
      get: {
        operationId: "getSupporterFigures",
        summary: "Registered supporters (関係人口) by municipality, kind of tie and residence, and their activities in each of the last 12 months (Asia/Tokyo). Programme indicators, not plan KPIs. A count from 1 to 4 is null; when only one cell of a table would be hidden, the next smallest is hidden too. No personal data.",
        parameters: [ifNoneMatch],
        responses: {
          "200": json(
            {
              type: "object",
              required: ["meta", "figures"],
              properties: {
                meta: { type: "object", properties: { licence: { type: "object" }, suppressedBelow: { const: SUPPRESS_BELOW } } },
                figures: {
                  type: "object",
                  properties: {
                    includesDemo: { type: "boolean", description: "Whether demo registrations are counted (a fresh install's sample data)" },
                    supporters: { type: ["integer", "null"] },
                    wholePrefecture: { type: ["integer", "null"] },
                    byMunicipality: { type: "array", items: { type: "object", properties: { code: { type: "string" }, nameJa: { type: "string" }, nameEn: { type: "string" }, supporters: { type: ["integer", "null"] } } } },
                    byTieKind: { type: "array", items: { type: "object", properties: { kind: { type: "string", enum: [...TIE_KINDS] }, supporters: { type: ["integer", "null"] } } } },
                    byResidence: { type: "array", items: { type: "object", properties: { group: { type: "string", enum: [...RESIDENCE_GROUPS] }, supporters: { type: ["integer", "null"] } } } },
                    activitiesByMonth: { type: "array", items: { type: "object", properties: { month: { type: "string", pattern: "^\\d{4}-\\d{2}$" }, activities: { type: ["integer", "null"] } } } },
                  },
                },
              },
            },
            "The figures",
          ),
          "304": notModified,
        },
      },
    },
    "/api/v1/supporters.csv": {
      get: {
        operationId: "getSupporterFiguresCsv",
        summary: "The same figures as a tidy CSV (UTF-8 with BOM, CRLF): one row per cell; a suppressed cell has an empty count and suppressed=true",
        parameters: [ifNoneMatch],
        responses: {
          "200": { description: `Columns: ${SUPPORTER_CSV_COLUMNS.join(", ")}`, headers: cachingHeaders, content: { "text/csv": { schema: { type: "string" } } } },
          "304": notModified,
        },
      },
    },
    "/api/v1/openapi.json": {
      get: { operationId: "getOpenApi", summary: "This description", responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } } } },
    },
    "/evidence/{id}": {
      get: {
        operationId: "downloadEvidence",
        summary: "An evidence file cited by a published KPI value (PDF, PNG, JPEG or .xlsx), as a download",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9]{1,40}$" } }],
        responses: {
          "200": { description: "The file", content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } },
          "404": { description: "No such file, or no published value cites it yet", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    },
    "/api/health": {
      get: {
        operationId: "getHealth",
        summary: "Liveness and database reachability",
        responses: {
          "200": { description: "Up", content: { "application/json": { schema: { $ref: "#/components/schemas/Health" } } } },
          "503": { description: "The database does not answer", content: { "application/json": { schema: { $ref: "#/components/schemas/Health" } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Meta: {
        type: "object",
        properties: {
          licence: { type: "object", properties: { id: { const: LICENCE.id }, name: { type: "string" }, nameJa: { type: "string" }, url: { type: "string", format: "uri" }, compatibleWith: { const: "CC-BY-4.0" } } },
          source: bilingual,
          lastUpdated: { type: ["string", "null"], format: "date-time" },
          asOfFiscalYear: { type: "integer" },
          method: { type: "string" },
          demoNotice: { type: "string" },
        },
        required: ["licence", "source", "lastUpdated", "asOfFiscalYear", "method"],
      },
      Grade: { type: "string", enum: [...GRADE_ORDER] },
      Observation: {
        type: "object",
        properties: {
          fiscalYear: { type: "integer", description: "年度, named by the calendar year it starts in" },
          periodStart: { type: "string", format: "date" },
          periodEnd: { type: "string", format: "date" },
          value: { type: "number" },
          status: { type: "string", enum: Object.values(ObservationStatus) },
          version: { type: "integer", minimum: 1 },
          publishedAt: { type: ["string", "null"], format: "date-time" },
          isDemo: { type: "boolean" },
          derived: { type: "boolean" },
          note: { type: ["string", "null"] },
          evidenceUrl: { type: ["string", "null"] },
          evidenceFile: { type: ["string", "null"], description: "Path of the uploaded evidence file (a download)" },
          supersededAt: { type: ["string", "null"], format: "date-time", description: "Only in revisions: when a correction replaced it" },
        },
        required: ["fiscalYear", "periodStart", "periodEnd", "value", "status", "version", "isDemo"],
      },
      Series: {
        type: "object",
        properties: {
          key: { type: "string" },
          label: bilingual,
          baseline: { type: ["object", "null"], properties: { fiscalYear: { type: "integer" }, value: { type: "number" } } },
          baselinePrinted: { type: ["string", "null"] },
          milestones: {
            type: "array",
            items: { type: "object", properties: { fiscalYear: { type: "integer" }, value: { type: ["number", "null"] }, comparator: { type: "string", enum: Object.values(KpiComparator) } } },
          },
          observations: { type: "array", items: { $ref: "#/components/schemas/Observation" } },
          revisions: { type: "array", items: { $ref: "#/components/schemas/Observation" } },
          grade: {
            type: "object",
            description: "The series' grade, the reason, and every input that produced it",
            properties: { grade: { $ref: "#/components/schemas/Grade" }, reason: { type: "string" }, stale: { type: "boolean" }, inputs: { type: "object" } },
          },
        },
        required: ["key", "label", "milestones", "observations", "grade"],
      },
      Kpi: {
        type: "object",
        properties: {
          code: { type: "string" },
          name: bilingual,
          pillar: { type: "string", enum: Object.values(Pillar) },
          unit: bilingual,
          direction: { type: "string", enum: Object.values(KpiDirection) },
          cumulative: { type: "boolean" },
          ownerDepartment: bilingual,
          sdg: { type: "object", properties: { goals: { type: "array", items: { type: "integer" } }, targets: { type: "array", items: { type: "string" } } } },
          source: { type: "object" },
          grade: {
            type: "object",
            properties: {
              grade: { $ref: "#/components/schemas/Grade" },
              stale: { type: "boolean" },
              rule: { type: "string", enum: ["single-series", "worst-series"] },
              gradedSeries: { type: "integer" },
              totalSeries: { type: "integer" },
            },
          },
          hasDemo: { type: "boolean" },
          lastUpdated: { type: ["string", "null"], format: "date-time" },
          series: { type: "array", items: { $ref: "#/components/schemas/Series" } },
          links: { type: "object", properties: { self: { type: "string" }, html: { type: "string" } } },
        },
        required: ["code", "name", "pillar", "direction", "cumulative", "sdg", "grade", "series"],
      },
      Goal: {
        type: "object",
        properties: {
          number: { type: "integer", minimum: 1, maximum: 17 },
          name: bilingual,
          colour: { type: "string", pattern: "^#[0-9A-Fa-f]{6}$" },
          grades: {
            type: "object",
            properties: Object.fromEntries([...GRADE_ORDER, "total", "withData"].map((g) => [g, { type: "integer", minimum: 0 }])),
          },
          kpis: { type: "array", items: { type: "string" } },
        },
        required: ["number", "name", "colour", "grades", "kpis"],
      },
      Idea: {
        type: "object",
        properties: {
          source: { type: "string", enum: [...IDEA_SOURCES], description: "pipeline: submitted on the site or shortlisted from a workshop; workshop: as posted in a workshop session" },
          id: { type: "string" },
          title: { type: "string" },
          description: { type: "string" },
          status: { type: ["string", "null"], enum: [...IDEA_STATUSES, null], description: "The review status; null for workshop ideas" },
          declineReason: { type: ["string", "null"], enum: [...DECLINE_REASONS, null] },
          answer: { type: ["string", "null"], description: "The prefecture's answer, once published" },
          answerPublishedAt: { type: ["string", "null"], format: "date-time" },
          needs: { type: "array", items: { type: "string", enum: [...NEED_KINDS] } },
          publishedAt: { type: "string", format: "date-time", description: "When it became public: published by staff, or the end of its workshop session" },
          isDemo: { type: "boolean" },
          author: { type: ["string", "null"], description: "Named only with a public profile; always null for workshop ideas" },
          area: { type: ["object", "null"], properties: { code: { type: "string" }, nameJa: { type: "string" }, nameEn: { type: "string" } } },
          municipality: { type: ["object", "null"], properties: { code: { type: "string" }, nameJa: { type: "string" }, nameEn: { type: "string" } } },
          sdgTags: { type: "array", items: { type: "object", properties: { goalNumber: { type: "integer", minimum: 1, maximum: 17 }, targetCode: { type: ["string", "null"] } } } },
          workshopSession: {
            type: ["object", "null"],
            description: "The workshop session it came from; null for ideas submitted on the site. Its results are at /workshops/sessions/{id} once its state is CLOSED, the series' at /workshops/series/{slug}.",
            properties: {
              id: { type: "string" },
              number: { type: "integer", minimum: 1, maximum: 3 },
              kind: { type: "string", enum: Object.values(WorkshopSessionKind) },
              state: { type: "string", enum: Object.values(WorkshopSessionState) },
              series: {
                type: "object",
                properties: {
                  slug: { type: "string" },
                  titleJa: { type: "string" },
                  titleEn: { type: "string" },
                  year: { type: "integer" },
                  areas: { type: "array", items: { type: "object", properties: { code: { type: "string" }, nameJa: { type: "string" }, nameEn: { type: "string" } } } },
                },
              },
            },
          },
          mergedInto: { type: ["string", "null"], description: "The id of the idea it was merged into" },
          projects: { type: "array", items: { type: "string" }, description: "Slugs of the projects it became (/zukan/{slug})" },
        },
        required: ["source", "id", "title", "description", "status", "needs", "publishedAt", "isDemo", "author", "area", "municipality", "sdgTags", "workshopSession", "projects"],
      },
      Error: {
        type: "object",
        properties: { error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } }, required: ["code", "message"] } },
        required: ["error"],
      },
      Health: {
        type: "object",
        properties: { status: { type: "string", enum: ["ok", "degraded"] }, database: { type: "string", enum: ["ok", "unreachable"] } },
      },
    },
  },
} as const;
