// Diagrambiblioteket (/kit): every chart component of the kit on real data, drawn at build time
// (scripts/site/staticParts.ts) like the audit pages, so the gallery shows exactly what the
// dashboards draw, as HTML that needs no script but the downloads'. Each entry draws one figure of
// the gallery for a width; the page's Markdown places them (`<!-- static kit/trend -->`) between
// its prose. The data: Kolada's U40455 for every kommun and the key figures of Östersund's audit
// report 2022 (its table T1), read from the served tables.
import {trendChart, seriesLegend} from "../kit/trendChart.js";
import {kpiDefinition} from "../kit/wording.js";
import {rankStrip} from "../kit/rankStrip.js";
import {kpiCard} from "../kit/kpiCard.js";
import {dumbbell} from "../kit/dumbbell.js";
import {stacked100} from "../kit/stacked100.js";
import {ageProfile} from "../kit/ageProfile.js";
import {dataTable} from "../kit/dataTable.js";
import {sourceNote, reportSource} from "../kit/sourceNote.js";
import {download} from "../kit/download.js";
import {chartFigure} from "../kit/chartFigure.js";
import {el, getDocument, tableOf} from "../kit/chartKit.js";
import {formatYear} from "../kit/format.js";
import {AREA_NAMES, KOMMUNER, knowGroupNames, knowKommunNames, kpiOf} from "../../model/catalogue.js";
import {groupNamesOf} from "../frame/dashboardCatalogue.js";
import type {kommunGroupsTable} from "../../model/tables/kommunGroups.js";
import type {RowOf} from "../../model/table.js";
import type {kolada, koladaKpis} from "../../model/tables/kolada.js";
import type {reportFigures} from "../../model/tables/reports.js";
import type {reportSummaries} from "../../model/tables/overview.js";
import type {kpiLatest, kpiRanks} from "../../model/tables/ranks.js";
import type {TableColumn} from "../kit/chartKit.js";
import {rankQuery, selectColumns, sqlComment, sqlList, sqlString, trendQuery} from "../explore/chartQuery.js";

/** The served tables the gallery draws from, whole. */
export interface KitData {
  kolada: readonly RowOf<typeof kolada>[];
  kpis: readonly RowOf<typeof koladaKpis>[];
  figures: readonly RowOf<typeof reportFigures>[];
  summaries: readonly RowOf<typeof reportSummaries>[];
  ranks: readonly RowOf<typeof kpiRanks>[];
  latest: readonly RowOf<typeof kpiLatest>[];
  /** every kommun's name (the rank strip names every kommun) */
  kommuner: readonly RowOf<typeof kommunGroupsTable>[];
}

/** The gallery's KPI, report and years (what it shows, not data). */
const KPI = "U40455";
const REPORT = "ostersund-2022";
const RANK_YEAR = 2022;
const PROFILE_YEAR = 2021;
const KOMMUN_IDS = KOMMUNER.map((m) => m.id);
const names = AREA_NAMES;

/** Learn every kommun's and group's name from the tables (Kolada's memberships: the model declares no group's name). */
function learnNames(data: KitData): void {
  knowKommunNames(data.kommuner.map((r) => ({id: r.municipality, name: r.name})));
  knowGroupNames(groupNamesOf(data.kommuner));
}

/** What every entry derives from the tables. */
function prepared(data: KitData) {
  learnNames(data);
  const t1 = data.figures.filter((d) => d.report === REPORT);
  const meta = data.summaries.find((d) => d.report === REPORT);
  if (!meta) throw new Error(`kit gallery: the report ${REPORT} is not among the served reports`);
  const fromReport = (rows: readonly {line_from: number; line_to: number}[]) => reportSource(meta, rows, "Kolada");
  const u40455 = data.kolada.filter((d) => d.kpi === KPI && d.gender === "T");
  const series = u40455.map((d) => ({area: d.municipality, year: d.period, value: d.value}));
  const cost = t1.filter((d) => d.kpi === "N40011");
  const young = t1.filter((d) => d.kpi === "U40811");
  return {t1, fromReport, u40455, series, cost, young, definition: (id: string) => kpiDefinition(data.kpis, id)};
}

type Entry = (data: KitData, width: number) => Element;

// Each chart's query (components/explore/chartQuery.ts): the rows it draws, from the served tables.

/** The report's printed figures of a KPI (report_figures), as trend points in the table's order. */
const reportPoints = (kpi: string, where = "") =>
  `  SELECT area_id AS area, year, value, rowid AS i FROM report_figures WHERE report = ${sqlString(REPORT)} AND kpi = ${sqlString(kpi)}${where}`;

/** The first and the last year with a value of the KPI for each kommun (kolada). */
const dumbbellQuery = (columns: readonly TableColumn[]) => `${sqlComment(`${kpiOf(KPI).label} (${KPI}): första och senaste året med värde`)}
SELECT
${selectColumns(columns, {
  omrade: "coalesce(o.title, k.municipality)",
  franAr: "min(k.period)",
  franVarde: "arg_min(k.value, k.period)",
  tillAr: "max(k.period)",
  tillVarde: "arg_max(k.value, k.period)"
})}
FROM kolada AS k
LEFT JOIN kolada_areas AS o ON o.id = k.municipality
WHERE k.kpi = ${sqlString(KPI)} AND k.gender = 'T' AND k.value IS NOT NULL AND list_contains(${sqlList(KOMMUN_IDS)}, k.municipality)
GROUP BY k.municipality, o.title
ORDER BY list_position(${sqlList(KOMMUN_IDS)}, k.municipality)`;

/** Participants by age from the report's U40811 figures: the first row of each area and year, the share and 100 minus it. */
const youngQuery = (columns: readonly TableColumn[], parts: readonly [string, string], where: string, order: "stacked" | "profile") => {
  const [young, older] = parts;
  return `${sqlComment(`Deltagare efter ålder enligt granskningen ${REPORT} (U40811); andelen 25 år eller äldre är 100 minus andelen 24 år eller yngre`)}
WITH rader AS (
${reportPoints("U40811", where)}
),
forsta AS (
  SELECT area, year, value, min(i) OVER (PARTITION BY area) AS serie, bool_or(value IS NOT NULL) OVER (PARTITION BY area, year) AS har_varde
  FROM rader QUALIFY row_number() OVER (PARTITION BY area, year ORDER BY i) = 1
),
delar AS (SELECT * FROM (VALUES (1, ${sqlString(young)}), (2, ${sqlString(older)})) AS d(nr, namn))
SELECT
${selectColumns(columns, {
  omrade: "coalesce(o.title, f.area)",
  ar: "f.year",
  kategori: "d.namn",
  alder: "d.namn",
  grupp: "g.namn",
  andel: "CASE d.nr WHEN 1 THEN f.value ELSE 100 - f.value END"
})}
FROM forsta AS f
CROSS JOIN delar AS d
LEFT JOIN kolada_areas AS o ON o.id = f.area
${order === "stacked" ? "WHERE f.har_varde\nORDER BY f.serie, f.year, d.nr" : `JOIN (VALUES ${PROFILE_GROUPS.map((g, i) => `(${sqlString(g.id)}, ${sqlString(g.label)}, ${i + 1})`).join(", ")}) AS g(area, namn, nr) ON g.area = f.area\nORDER BY d.nr, g.nr`}`;
};

const PROFILE_GROUPS = [
  {id: "2380", label: "Deltagare, Östersund", area: "2380"},
  {id: "G2328", label: "Deltagare, alla kommuner (ovägt medel)", area: "G2328"},
  {id: "G30831", label: "Deltagare, kommuner 50 000–99 999 invånare", area: "G30831"}
];

const costSeries = (cost: ReturnType<typeof prepared>["cost"]) => cost.map((d) => ({area: d.area_id!, year: d.year, value: d.value}));

/** Every entry of the gallery by name (the part `kit/<name>`). */
export const KIT_GALLERY: Readonly<Record<string, Entry>> = {
  legend: (data) => {
    learnNames(data);
    return seriesLegend([...KOMMUN_IDS, "G2328", "G30831", "0000"], {names});
  },

  trend: (data, width) => {
    const {series, definition} = prepared(data);
    const chart = trendChart(series, {title: kpiOf(KPI).label, unit: "procent", areas: KOMMUN_IDS, names, width});
    return chartFigure(chart, {
      title: `${kpiOf(KPI).label}, de fyra kommunerna`,
      source: {kolada: {kpis: [KPI]}, definitions: [definition(KPI)]},
      filename: "kit-trend-u40455",
      query: (table) =>
        trendQuery(
          `${kpiOf(KPI).label} (${KPI}), totalt, de fyra kommunerna`,
          table.columns,
          `  SELECT municipality AS area, period AS year, value FROM kolada WHERE kpi = ${sqlString(KPI)} AND gender = 'T'`,
          KOMMUN_IDS
        )
    });
  },

  "trend-report": (data, width) => {
    const {cost, fromReport} = prepared(data);
    return chartFigure(trendChart(costSeries(cost), {title: "Nettokostnad arbetsmarknadsåtgärder", unit: "kr/inv", names, width}), {
      source: {reports: [fromReport(cost)]},
      filename: "kit-trend-n40011-ostersund",
      query: (table) => trendQuery(`Nettokostnad (N40011) enligt granskningen ${REPORT}`, table.columns, reportPoints("N40011"), "first-listed")
    });
  },

  "trend-narrow": (data, width) => {
    const {cost} = prepared(data);
    return trendChart(costSeries(cost), {title: "Nettokostnad arbetsmarknadsåtgärder", unit: "kr/inv", names, width: Math.min(width, 360)});
  },

  rank: (data, width) => {
    const rows = data.ranks.filter((d) => d.kpi === KPI && d.gender === "T" && d.period === RANK_YEAR);
    const ranked = rows.map((d) => ({area: d.municipality, value: d.value, rank: d.rank, lowerShare: d.lower_share}));
    return chartFigure(
      rankStrip(ranked, {title: kpiOf(KPI).label, unit: "procent", year: RANK_YEAR, highlight: KOMMUN_IDS, median: rows[0]?.median ?? null, names, width}),
      {
        source: {kolada: {kpis: [KPI], processed: true}},
        filename: `kit-rank-u40455-${RANK_YEAR}`,
        maxTableRows: 20,
        query: (table) =>
          rankQuery(`${kpiOf(KPI).label} (${KPI}) ${RANK_YEAR}, totalt: alla kommuner med placering`, table.columns, {kpi: KPI, gender: "T", year: RANK_YEAR})
      }
    );
  },

  cards: (data) => {
    const {series} = prepared(data);
    const doc = getDocument();
    const cards = el(doc, "div", "kit-kpi-row");
    const latest = data.latest.filter((d) => d.kpi === KPI && d.gender === "T");
    for (const id of KOMMUN_IDS) {
      const own = latest.find((d) => d.municipality === id);
      cards.append(
        kpiCard(series, {
          title: kpiOf(KPI).label,
          unit: "procent",
          area: id,
          names,
          latest: own ? {year: own.period, value: own.value, change: own.change, rank: own.rank, of: own.kommuner} : null
        })
      );
    }
    cards.append(sourceNote({kolada: {kpis: [KPI], processed: true}, note: "Placeringen är egen bearbetning: plats 1 är högst andel."}));
    return cards;
  },

  dumbbell: (data, width) => {
    const {u40455} = prepared(data);
    const firstLast = KOMMUN_IDS.flatMap((id) => {
      const own = u40455.filter((d) => d.municipality === id && d.value !== null).sort((a, b) => a.period - b.period);
      return own.length ? [{area: id, fromYear: own[0].period, fromValue: own[0].value, toYear: own.at(-1)!.period, toValue: own.at(-1)!.value}] : [];
    });
    return chartFigure(dumbbell(firstLast, {title: kpiOf(KPI).label, unit: "procent", fromLabel: "Första året", toLabel: "Senaste året", names, width}), {
      source: {kolada: {kpis: [KPI]}},
      filename: "kit-dumbbell-u40455",
      query: (table) => dumbbellQuery(table.columns)
    });
  },

  stacked: (data, width) => {
    const {young, fromReport} = prepared(data);
    const shares = young.flatMap((d) => [
      {area: d.area_id!, year: d.year, category: "ung", value: d.value},
      {area: d.area_id!, year: d.year, category: "aldre", value: d.value === null ? null : 100 - d.value}
    ]);
    return chartFigure(
      stacked100(shares, {
        title: "Deltagare efter ålder",
        categories: [
          {id: "ung", label: "24 år eller yngre"},
          {id: "aldre", label: "25 år eller äldre (beräknat)"}
        ],
        names,
        width
      }),
      {
        source: {reports: [fromReport(young)], note: "Andelen 25 år eller äldre är egen beräkning (100 % minus andelen 24 år eller yngre)."},
        filename: "kit-stacked-u40811",
        query: (table) => youngQuery(table.columns, ["24 år eller yngre", "25 år eller äldre (beräknat)"], "", "stacked")
      }
    );
  },

  "age-profile": (data, width) => {
    const {young, fromReport} = prepared(data);
    const doc = getDocument();
    const year = young.filter((d) => d.year === PROFILE_YEAR);
    const rows = year.flatMap((d) => [
      {band: "24 år eller yngre", group: d.area_id!, value: d.value},
      {band: "25 år eller äldre", group: d.area_id!, value: d.value === null ? null : 100 - d.value}
    ]);
    const intro = el(
      doc,
      "p",
      undefined,
      `Åldersgruppernas andelar för flera grupper sida vid sida: Östersunds deltagare mot jämförelsegrupperna ${formatYear(PROFILE_YEAR)}.`
    );
    const figure = chartFigure(
      ageProfile(rows, {
        title: "Deltagarnas ålder",
        year: PROFILE_YEAR,
        bands: ["24 år eller yngre", "25 år eller äldre"],
        groups: PROFILE_GROUPS,
        width
      }),
      {
        source: {reports: [fromReport(year)], note: "Andelen 25 år eller äldre är egen beräkning."},
        filename: `kit-age-${PROFILE_YEAR}`,
        query: (table) => youngQuery(table.columns, ["24 år eller yngre", "25 år eller äldre"], ` AND year = ${PROFILE_YEAR}`, "profile")
      }
    );
    const box = el(doc, "div");
    box.append(intro, figure);
    return box;
  },

  standalone: (data, width) => {
    const {cost, fromReport, definition} = prepared(data);
    const doc = getDocument();
    const chart = trendChart(costSeries(cost.filter((d) => d.area_id === "2380")), {
      title: "Nettokostnad arbetsmarknadsåtgärder",
      unit: "kr/inv",
      names,
      width: Math.min(width, 560)
    });
    const box = el(doc, "div");
    box.append(
      chart,
      dataTable(tableOf(chart)!),
      sourceNote({reports: [fromReport(cost)], definitions: [definition("N40011")]}),
      download(chart, {
        filename: "kit-n40011-ostersund",
        query: trendQuery(
          `Nettokostnad (N40011) för Östersund enligt granskningen ${REPORT}`,
          tableOf(chart)!.columns,
          reportPoints("N40011", " AND area_id = '2380'"),
          "first-listed"
        )
      })
    );
    return box;
  },

  empty: (data) => {
    const {series, cost} = prepared(data);
    const doc = getDocument();
    const box = el(doc, "div");
    box.append(
      trendChart(series, {title: kpiOf(KPI).label, unit: "procent", areas: ["9999"]}),
      rankStrip([], {title: kpiOf(KPI).label, unit: "procent", year: 2023, highlight: ["2380"], median: 0}), // no values: no median is drawn
      kpiCard(
        costSeries(cost).map((d): {area: string; year: number; value: number | null} => ({...d, value: null})),
        {title: "Nettokostnad", unit: "kr/inv", area: "2380", names, latest: null}
      )
    );
    return box;
  }
};

/** The entries drawn once, at one width (the rest at a wide and a narrow width). */
export const KIT_FIXED_WIDTH: ReadonlySet<string> = new Set(["legend", "trend-narrow", "cards", "empty"]);
