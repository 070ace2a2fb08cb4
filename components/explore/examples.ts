// Example queries on the Utforska page, with Swedish titles and descriptions. The first is the
// default: it runs when the page opens, and its result is drawn as the quick chart.

export interface ExampleQuery {
  id: string;
  title: string;
  description: string;
  sql: string;
}

export const EXAMPLES: readonly ExampleQuery[] = [
  {
    id: "resultat-fyra-kommuner",
    title: "Resultat vid avslut för de fyra kommunerna och rikets ovägda medel per år",
    description:
      "Andel deltagare som vid avslut börjat arbeta eller studera (U40455, procent) för Vänersborg, Alingsås, Östersund och Alvesta, och det ovägda medelvärdet av alla kommuner med värde (egen beräkning ur kolada_all).",
    sql: `-- U40455: andel deltagare som vid avslut börjat arbeta eller studera (%)
SELECT a.title AS kommun, k.period AS year, round(k.value, 1) AS value, 'procent' AS unit
FROM kolada_all k
JOIN kolada_areas a ON a.id = k.municipality AND a.role = 'kommun'
WHERE k.kpi = 'U40455' AND k.gender = 'T'
UNION ALL
SELECT 'Alla kommuner (ovägt medel)', period, round(avg(value), 1), 'procent'
FROM kolada_all
WHERE kpi = 'U40455' AND gender = 'T' AND value IS NOT NULL
GROUP BY period
ORDER BY kommun, year`
  },
  {
    id: "rang-2023",
    title: "Kommunens rang bland alla kommuner 2023",
    description: "Rang för resultat vid avslut (U40455) 2023 bland alla kommuner med värde; 1 är högst andel. En kommun utan värde för året saknas i listan.",
    sql: `SELECT k.municipality AS kommunkod, a.title AS kommun, k.value AS andel_procent,
       k.rang, k.antal_kommuner
FROM (
  SELECT municipality, value,
         rank() OVER (ORDER BY value DESC) AS rang,
         count(*) OVER () AS antal_kommuner
  FROM kolada_all
  WHERE kpi = 'U40455' AND gender = 'T' AND period = 2023 AND value IS NOT NULL
) k
JOIN kolada_areas a ON a.id = k.municipality AND a.role = 'kommun'
ORDER BY k.rang`
  },
  {
    id: "granskning-mot-kolada",
    title: "Granskningens siffror mot Kolada i dag",
    description:
      "Varje siffra i revisionsrapporterna som har ett Kolada-nyckeltal, bredvid värdet i sajtens Kolada-ögonblicksbild (tomt när ögonblicksbilden saknar nyckeltalet eller året).",
    sql: `SELECT f.report, f.indicator, f.area, f.year, f.printed,
       f.value AS rapportens_varde, k.value AS kolada_i_dag,
       round(k.value - f.value, 1) AS skillnad
FROM report_figures f
LEFT JOIN kolada k
  ON k.kpi = f.kpi AND k.municipality = f.area_id AND k.period = f.year AND k.gender = 'T'
WHERE f.kpi IS NOT NULL
ORDER BY f.report, f.kpi, f.area, f.year`
  },
  {
    id: "spridning",
    title: "Spridningen mellan kommunerna per år",
    description: "Kvartiler och median för resultat vid avslut (U40455) bland alla kommuner med värde, per år.",
    sql: `SELECT period AS year, count(value) AS kommuner_med_varde,
       round(quantile_cont(value, 0.25), 1) AS kvartil_1,
       round(median(value), 1) AS median,
       round(quantile_cont(value, 0.75), 1) AS kvartil_3
FROM kolada_all
WHERE kpi = 'U40455' AND gender = 'T'
GROUP BY period
ORDER BY period`
  },
  {
    id: "rapporternas-siffror",
    title: "Revisionsrapporternas siffror per rapport och tabell",
    description: "Hur många siffror varje rapport tryckte, per tabell och slag (observerat, antal, saknas …).",
    sql: `SELECT report, coalesce("table", '(löptext)') AS tabell, kind, count(*) AS siffror
FROM report_figures
GROUP BY ALL
ORDER BY report, tabell, kind`
  },
  {
    id: "bedomningar",
    title: "Revisorernas bedömningar per rapport",
    description: "Hur många revisionsfrågor eller kontrollmål varje rapport bedömde som uppfyllda, delvis uppfyllda eller inte uppfyllda.",
    sql: `SELECT m.kommun_name AS kommun, a.report, a.scale AS bedomning, count(*) AS antal
FROM report_assessments a
JOIN report_meta m ON m.report = a.report
GROUP BY ALL
ORDER BY kommun, a.report, antal DESC`
  },
  {
    id: "tabeller-och-kolumner",
    title: "Alla tabeller och kolumner",
    description: "Datamodellen som DuckDB ser den: varje tabell och kolumn med SQL-typ.",
    sql: `SELECT table_name, column_name, data_type
FROM information_schema.columns
ORDER BY table_name, ordinal_position`
  }
];

export const DEFAULT_EXAMPLE = EXAMPLES[0];

/** Table names a query mentions (after FROM or JOIN), for checking examples against the model. */
export function referencedTables(sql: string): string[] {
  const names = new Set<string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+([a-z_][a-z0-9_.]*)/gi)) names.add(m[1].toLowerCase());
  return [...names].sort();
}
