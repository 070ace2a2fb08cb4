// A kommun page (/kommun/<kommunkod>), drawn at build time (scripts/site/staticParts.ts) from the
// page's data (model/pages/kommun.ts): the headline KPI's latest value, year and place; its trend
// beside the liknande kommuner, the SKR group, all kommuner and Riket (and, on demand, each of the
// seven); the other catalogue KPIs as a compact table with a small trend per row; the kommun's
// groups, audit reports and dashboards. Every number is text in the HTML; the page's script only
// adds the seven-peers toggle and the downloads' actions (components/pages/kommun.ts).
import {chartFigure} from "../kit/chartFigure.js";
import {el, getDocument, scrollRegion} from "../kit/chartKit.js";
import {REFERENCE_STYLES, type SeriesStyle} from "../kit/colors.js";
import {formatByUnit, formatCount, formatYear, unitLabel, type Unit} from "../kit/format.js";
import {trendChart, type TrendPoint} from "../kit/trendChart.js";
import {formatList, formatYearRange, formatYears, genitive, inSentence} from "../kit/wording.js";
import {COMPARISON_RULE_TEXT} from "../../model/comparisons.js";
import type {KommunComparison, KommunPageData} from "../../model/pages/kommun.js";
import {SNAPSHOT_LACKS, placeSentences} from "./sentences.js";
import {latestPoint} from "../sections/sentences.js";
import {selectColumns, sqlCase, sqlComment, sqlList, sqlString} from "../explore/chartQuery.js";
import type {TableColumn} from "../kit/chartKit.js";

/**
 * A kommun page trend's query (Öppna i Utforska): the headline KPI (totalt) for every year the page
 * shows, of the kommuner drawn (kolada_all) and the comparisons drawn (group_values, by the one
 * comparison rule), each area named as the chart names it, in the chart's order.
 */
export function kommunTrendQuery(
  columns: readonly TableColumn[],
  data: KommunPageData,
  drawn: {areas: readonly string[]; names: Readonly<Record<string, string>>},
  comment: string
): string {
  const kpi = sqlString(data.headline.id);
  const years = `[${data.points.map((p) => p.year).join(", ")}]`;
  const groups = new Set(data.comparisons.map((c) => c.area));
  const of = (table: string, areaColumn: string, areas: readonly string[]) =>
    `  SELECT a.area, y.year, k.value
  FROM unnest(${sqlList(areas)}) AS a(area)
  CROSS JOIN unnest(${years}) AS y(year)
  LEFT JOIN ${table} AS k ON k.${areaColumn} = a.area AND k.period = y.year AND k.kpi = ${kpi} AND k.gender = 'T'`;
  const kommuner = drawn.areas.filter((a) => !groups.has(a));
  const comparisons = drawn.areas.filter((a) => groups.has(a));
  const parts = [
    ...(kommuner.length ? [of("kolada_all", "municipality", kommuner)] : []),
    ...(comparisons.length ? [of("group_values", "area", comparisons)] : [])
  ];
  return `${sqlComment(comment)}
WITH punkter AS (
${parts.join("\n  UNION ALL\n")}
)
SELECT
${selectColumns(columns, {omrade: sqlCase("p.area", drawn.names), ar: "p.year", varde: "p.value"})}
FROM punkter AS p
ORDER BY list_position(${sqlList(drawn.areas)}, p.area), p.year`;
}

/** The kommun's own line: the text colour (so it follows the theme), solid and thick. */
const OWN_STYLE: SeriesStyle = {kind: "kommun", color: "currentColor", dash: null, strokeWidth: 2.5, symbol: "circle"};
const COMPARISON_STYLES: Record<KommunComparison["role"], SeriesStyle> = {
  liknande: {...REFERENCE_STYLES.mean, dash: "1 2", color: "#6e6e6e", symbol: "diamond"},
  skr: REFERENCE_STYLES.size_group,
  all: REFERENCE_STYLES.mean,
  riket: REFERENCE_STYLES.riket
};

/** The latest value, its year and place, the liknande kommuner's mean that year, the population. */
export function kommunSummary(data: KommunPageData): HTMLElement {
  const doc = getDocument();
  const {headline: kpi, name} = data;
  const section = el(doc, "div", "kommun-summary");
  const latest = latestPoint(data.points);
  const years = data.points.map((p) => p.year);
  const liknande = data.comparisons.find((c) => c.role === "liknande");
  if (!latest) {
    section.dataset.value = "";
    section.append(
      el(
        doc,
        "p",
        "kommun-none",
        `${kpi.label}: ${genitive(name)} värden ${years.length ? formatYearRange(years[0], years[years.length - 1]) : ""} ${SNAPSHOT_LACKS}. ` +
          `Sidan visar därför bara jämförelserna: de liknande kommunernas, kommungruppens, alla kommuners och rikets värden.`
      )
    );
  } else {
    const place = data.places.find((p) => p.period === latest.year);
    section.dataset.value = String(latest.value);
    section.dataset.year = String(latest.year);
    if (place) {
      section.dataset.rank = String(place.rank);
      section.dataset.kommuner = String(place.kommuner);
    }
    const head = el(doc, "p", "kommun-value");
    head.append(
      el(doc, "span", "kommun-number", formatByUnit(latest.value, kpi.unit)),
      doc.createTextNode(" "),
      el(doc, "span", "kommun-what", `${kpi.label.toLowerCase()}, ${formatYear(latest.year)}`)
    );
    section.append(head);
    if (place) for (const s of placeSentences(name, data.places, {direction: kpi.direction, unit: kpi.unit})) section.append(el(doc, "p", "kommun-place", s));
  }
  // The liknande kommuner's mean in the kommun's latest year (or the latest year of the comparison when the kommun has none).
  const year = latest?.year ?? (liknande && latestPoint(liknande.points)?.year);
  const peer = liknande?.points.find((p) => p.year === year);
  const peerLine = el(doc, "p", "kommun-peer-mean");
  if (!liknande) {
    peerLine.textContent = `Koladas grupper (kommungrupper och liknande kommuner) ${SNAPSHOT_LACKS}.`;
  } else if (peer && peer.value !== null) {
    peerLine.dataset.value = String(peer.value);
    const how =
      peer.source === "kolada"
        ? "Koladas eget värde för gruppen"
        : `medel av ${formatCount(peer.kommuner)} av ${formatCount(peer.members)} kommuner med värde, egen bearbetning`;
    peerLine.textContent = `${genitive(name)} sju liknande kommuner ${formatYear(year!)}: ${formatByUnit(peer.value, kpi.unit)} (${how}).`;
  } else {
    peerLine.textContent = `De liknande kommunernas medel ${year ? formatYear(year) : ""} ${SNAPSHOT_LACKS}: färre än hälften av dem har ett värde.`;
  }
  section.append(peerLine);
  const pop = data.population;
  section.append(
    el(
      doc,
      "p",
      "kommun-population",
      pop
        ? `Invånare den 31 december ${formatYear(pop.period)}: ${formatCount(pop.total)} (källa: ${pop.source === "SCB" ? "SCB, till dess att ögonblicksbilden har Koladas nyckeltal N01951" : "Kolada, N01951"}).`
        : `Antalet invånare ${SNAPSHOT_LACKS}.`
    )
  );
  return section;
}

const trendPoints = (
  data: KommunPageData,
  withPeers: boolean
): {points: TrendPoint[]; areas: string[]; names: Record<string, string>; styles: Record<string, SeriesStyle>} => {
  const names: Record<string, string> = {[data.id]: data.name};
  const styles: Record<string, SeriesStyle> = {[data.id]: OWN_STYLE};
  const points: TrendPoint[] = data.points.map((p) => ({area: data.id, year: p.year, value: p.value}));
  const areas = [data.id];
  for (const c of data.comparisons) {
    names[c.area] = c.name;
    styles[c.area] = COMPARISON_STYLES[c.role];
    points.push(...c.points.map((p) => ({area: c.area, year: p.year, value: p.value})));
    areas.push(c.area);
  }
  if (withPeers)
    for (const peer of data.peers) {
      names[peer.id] = peer.name;
      styles[peer.id] = REFERENCE_STYLES.other;
      points.push(...peer.points.map((p) => ({area: peer.id, year: p.year, value: p.value})));
      areas.push(peer.id);
    }
  // A series without any value has no line; the section says which are missing.
  const drawn = areas.filter((a) => points.some((p) => p.area === a && p.value !== null));
  return {points: points.filter((p) => drawn.includes(p.area!)), areas: drawn, names, styles};
};

/** The trend beside the comparisons, the seven liknande kommuner (drawn, hidden until asked for), their values as a table, what is missing. */
export function kommunTrend(data: KommunPageData, options: {width?: number} = {}): HTMLElement {
  const doc = getDocument();
  const kpi = data.headline;
  const section = el(doc, "div", "kommun-trend");
  const years = data.points.map((p) => p.year);
  const span = years.length ? `, ${formatYearRange(years[0], years[years.length - 1])}` : "";
  const source = {
    kolada: {kpis: [kpi.id], fetchedAt: data.fetchedAt},
    note: "Medelvärdena för grupper utan eget värde i ögonblicksbilden är egen bearbetning av data från Kolada."
  };
  const t = trendPoints(data, false);
  section.append(
    chartFigure(trendChart(t.points, {title: kpi.label, unit: kpi.unit, areas: t.areas, names: t.names, styles: t.styles, width: options.width}), {
      title: `${kpi.label}: ${data.name} och jämförelserna${span}`,
      source,
      filename: `kommun-${data.id}-${kpi.id.toLowerCase()}`,
      query: (table) => kommunTrendQuery(table.columns, data, t, `${kpi.label} (${kpi.id}), totalt: ${data.name} och jämförelserna${span}`)
    })
  );

  // What each comparison is, in its latest year: Kolada's own value or an own mean of how many.
  const lacking: string[] = [];
  const lines = data.comparisons.flatMap((c) => {
    const last = latestPoint(c.points);
    if (!last) {
      lacking.push(c.role === "riket" ? "Riket" : inSentence(c.name));
      return [];
    }
    const p = c.points.find((q) => q.year === last.year)!;
    const how =
      c.role === "riket" || p.source === "kolada" ? "Koladas eget värde" : `medel av ${formatCount(p.kommuner)} av ${formatCount(p.members)} kommuner`;
    return [`${c.name} ${formatYear(last.year)}: ${formatByUnit(last.value, kpi.unit)} (${how})`];
  });
  section.append(el(doc, "p", "kit-note kommun-comparisons", `${lines.length ? `${lines.join("; ")}. ` : ""}${COMPARISON_RULE_TEXT}`));
  // What the snapshot lacks for this chart, in one sentence.
  const missingYears = data.points.filter((p) => p.value === null).map((p) => p.year);
  if (missingYears.length && missingYears.length < data.points.length) lacking.unshift(`${genitive(data.name)} värden för ${formatYears(missingYears)}`);
  if (lacking.length) section.append(el(doc, "p", "kit-missing", `${kpi.label}: ${formatList(lacking)} ${SNAPSHOT_LACKS}.`));
  return section;
}

/**
 * The seven liknande kommuner: their latest values as a table (text, always there), and the trend
 * with each of them drawn, hidden until the reader asks for it (the page's script shows the toggle).
 * Drawn once, at a width between a phone's and the main column's: it is shown on demand only, and
 * each drawing of a chart costs build time on 290 pages.
 */
export function kommunPeers(data: KommunPageData, options: {width?: number} = {}): HTMLElement {
  const doc = getDocument();
  const kpi = data.headline;
  const section = el(doc, "div", "kommun-trend kommun-peers-section");
  const years = data.points.map((p) => p.year);
  const span = years.length ? `, ${formatYearRange(years[0], years[years.length - 1])}` : "";
  if (data.peers.length === 0) {
    section.append(el(doc, "p", "kit-missing", `${genitive(data.name)} liknande kommuner ${SNAPSHOT_LACKS}.`));
    return section;
  }
  const t = trendPoints(data, true);
  const peers = chartFigure(
    trendChart(t.points, {title: kpi.label, unit: kpi.unit, areas: t.areas, names: t.names, styles: t.styles, width: options.width ?? 480, labels: "legend"}),
    {
      title: `${kpi.label}: ${data.name} och de sju liknande kommunerna${span}`,
      source: {
        kolada: {kpis: [kpi.id], fetchedAt: data.fetchedAt},
        note: "Medelvärdena är egen bearbetning av data från Kolada där ögonblicksbilden saknar gruppens eget värde."
      },
      filename: `kommun-${data.id}-${kpi.id.toLowerCase()}-liknande`,
      query: (table) => kommunTrendQuery(table.columns, data, t, `${kpi.label} (${kpi.id}), totalt: ${data.name} och de sju liknande kommunerna${span}`)
    }
  );
  peers.classList.add("kommun-peers-chart");
  peers.hidden = true;
  const toggle = el(doc, "button", "kommun-peers-toggle no-print", "Visa de sju i diagrammet");
  toggle.type = "button";
  toggle.hidden = true; // the page's script shows it
  toggle.setAttribute("aria-pressed", "false");
  toggle.setAttribute("aria-controls", `kommun-peers-${data.id}`);
  peers.id = `kommun-peers-${data.id}`;

  // The seven, as text: each one's latest value and year.
  const table = el(doc, "table", "kommun-peers");
  table.append(el(doc, "caption", undefined, `${genitive(data.name)} sju liknande kommuner (Koladas ”Liknande kommuner arbetsmarknad”, 2024): senaste värde`));
  const head = el(doc, "tr");
  for (const h of ["Kommun", "År", unitLabel(kpi.unit)]) {
    const th = el(doc, "th", undefined, h);
    th.scope = "col";
    head.append(th);
  }
  table.append(el(doc, "thead"));
  table.tHead!.append(head);
  const body = el(doc, "tbody");
  const lacking: string[] = [];
  for (const peer of data.peers) {
    const tr = el(doc, "tr");
    const link = el(doc, "a", undefined, peer.name);
    link.href = `./${peer.id}`;
    const th = el(doc, "th");
    th.scope = "row";
    th.append(link);
    const last = latestPoint(peer.points);
    if (!last) lacking.push(peer.name);
    tr.append(th, el(doc, "td", undefined, last ? formatYear(last.year) : "–"), el(doc, "td", "num", last ? formatByUnit(last.value, kpi.unit) : "–"));
    body.append(tr);
  }
  table.append(body);
  const scroll = scrollRegion(doc, "table-scroll", table.caption!.textContent!);
  scroll.append(table);
  section.append(scroll);

  section.append(toggle, peers);
  if (lacking.length) section.append(el(doc, "p", "kit-missing", `${kpi.label}: alla värden för ${formatList(lacking)} ${SNAPSHOT_LACKS}.`));
  return section;
}

/** A small trend of one row: a line over the years (a gap where a value is missing), for a table cell. */
export function sparkline(points: readonly {year: number; value: number | null}[], options: {width?: number; height?: number} = {}): SVGSVGElement {
  const doc = getDocument();
  const w = options.width ?? 96;
  const h = options.height ?? 24;
  const ns = "http://www.w3.org/2000/svg";
  const svg = doc.createElementNS(ns, "svg") as SVGSVGElement;
  svg.setAttribute("width", String(w));
  svg.setAttribute("height", String(h));
  svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "kommun-spark");
  const values = points.filter((p) => p.value !== null).map((p) => p.value!);
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const years = points.map((p) => p.year);
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  const x = (year: number) => (y1 === y0 ? w / 2 : 2 + ((year - y0) / (y1 - y0)) * (w - 4));
  const y = (v: number) => (hi === lo ? h / 2 : h - 2 - ((v - lo) / (hi - lo)) * (h - 4));
  let d = "";
  let pen = false;
  for (const p of points) {
    if (p.value === null) {
      pen = false;
      continue;
    }
    d += `${pen ? "L" : "M"}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`;
    pen = true;
  }
  const path = doc.createElementNS(ns, "path");
  path.setAttribute("d", d);
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", "currentColor");
  path.setAttribute("stroke-width", "1.5");
  svg.append(path);
  const last = latestPoint(points);
  if (last) {
    const dot = doc.createElementNS(ns, "circle");
    dot.setAttribute("cx", x(last.year).toFixed(1));
    dot.setAttribute("cy", y(last.value).toFixed(1));
    dot.setAttribute("r", "2");
    dot.setAttribute("fill", "currentColor");
    svg.append(dot);
  }
  return svg;
}

/** A row's value cell: the latest value, its year below it, and where the series started ("från 33,3 % (2016)"). */
function valuesCell(
  doc: Document,
  latest: {year: number; value: number | null},
  first: {year: number; value: number | null},
  unit: Unit
): HTMLTableCellElement {
  const td = el(doc, "td", "num");
  td.append(el(doc, "span", undefined, formatByUnit(latest.value, unit)), " ", el(doc, "span", "kommun-year", `(${formatYear(latest.year)})`));
  if (first.year !== latest.year) td.append(" ", el(doc, "span", "kommun-year", `från ${formatByUnit(first.value, unit)} (${formatYear(first.year)})`));
  return td;
}

/** A KPI's name in the table of other KPIs, with its unit only where neither the name nor the value says it ("Invånare (antal)"). */
function kpiRowName(label: string, unit: Unit): string {
  const unitText = unitLabel(unit).toLowerCase();
  const valueSaysIt = !/\d$/.test(formatByUnit(1, unit));
  return valueSaysIt || label.toLowerCase().includes(unitText) ? label : `${label} (${unitText})`;
}

/**
 * The other catalogue KPIs the snapshot holds for the kommun: per row the name with a small trend under
 * it, the latest value and its year, and the first value and its year; one line for the rest. Two
 * columns, so the table fits a phone, in a focusable scroll region should a name still be too long.
 */
export function kommunOthers(data: KommunPageData): HTMLElement {
  const doc = getDocument();
  const section = el(doc, "div", "kommun-others");
  if (data.others.length) {
    const table = el(doc, "table", "kommun-kpis");
    const caption = `Fler nyckeltal för ${data.name}: utvecklingen år för år, senaste och första värde`;
    table.append(el(doc, "caption", undefined, caption));
    const thead = el(doc, "thead");
    const head = el(doc, "tr");
    for (const h of ["Nyckeltal och utveckling", "Senaste värde (år)"]) {
      const th = el(doc, "th", undefined, h);
      th.scope = "col";
      head.append(th);
    }
    thead.append(head);
    const body = el(doc, "tbody");
    for (const row of data.others) {
      const present = row.points.filter((p) => p.value !== null);
      const first = present[0];
      const last = present[present.length - 1];
      const tr = el(doc, "tr");
      // the small trend under the name (hidden from screen readers: the values cell says where it started and ended)
      const th = el(doc, "th", undefined, kpiRowName(row.kpi.label, row.kpi.unit));
      th.scope = "row";
      th.append(sparkline(row.points, {width: 96, height: 20}));
      tr.append(th, valuesCell(doc, last, first, row.kpi.unit));
      body.append(tr);
    }
    table.append(thead, body);
    const scroll = scrollRegion(doc, "table-scroll", caption);
    scroll.append(table);
    section.append(
      scroll,
      el(doc, "p", "source", `Källa: Kolada (nyckeltal ${formatList(data.others.map((o) => o.kpi.id))}), hämtat ${data.fetchedAt.slice(0, 10)}.`)
    );
  }
  if (data.othersMissing.length) {
    // One short line, the list behind a disclosure: with the committed snapshot it is most of the catalogue.
    const n = data.othersMissing.length;
    const note = el(
      doc,
      "p",
      "kit-missing",
      `${data.others.length ? `De övriga ${formatCount(n)}` : `Sajtens övriga ${formatCount(n)}`} nyckeltalen för ${data.name} ${SNAPSHOT_LACKS}.`
    );
    const details = el(doc, "details", "kit-data");
    details.append(el(doc, "summary", undefined, "Vilka nyckeltal saknas"), el(doc, "p", undefined, `${formatList(data.othersMissing)}.`));
    section.append(note, details);
  }
  return section;
}

/** The kommun's groups, its audit reports and (for a catalogue kommun) its dashboards. */
export function kommunContext(data: KommunPageData): HTMLElement {
  const doc = getDocument();
  const section = el(doc, "div", "kommun-context");
  const groups = el(doc, "p");
  groups.append(
    doc.createTextNode(
      data.skr
        ? `${data.name} hör till SKR:s kommungrupp ${data.skr.code} ${inSentence(data.skr.name)} (kommungruppsindelning 2023). Koladas liknande kommuner inom arbetsmarknad (2024): `
        : `${genitive(data.name)} kommungrupp och liknande kommuner ${SNAPSHOT_LACKS}.`
    )
  );
  data.peers.forEach((p, i) => {
    const a = el(doc, "a", undefined, p.name);
    a.href = `./${p.id}`;
    groups.append(a, doc.createTextNode(i < data.peers.length - 2 ? ", " : i === data.peers.length - 2 ? " och " : "."));
  });
  section.append(groups);
  if (data.audits.length) {
    const ul = el(doc, "ul", "kommun-audits");
    for (const a of data.audits) {
      const li = el(doc, "li");
      const link = el(doc, "a", undefined, `Granskningen ${a.name}`);
      link.href = `../granskningar/${encodeURIComponent(a.report)}`;
      li.append(link, doc.createTextNode(a.firstSentence ? ": revisorernas samlade bedömning börjar " : ": rapporten har ingen samlad bedömning."));
      if (a.firstSentence) li.append(el(doc, "q", undefined, a.firstSentence));
      ul.append(li);
    }
    section.append(ul);
  } else section.append(el(doc, "p", undefined, `Sajten har ingen revisionsrapport om ${genitive(data.name)} arbetsmarknadsinsatser.`));
  if (data.dashboards.length) {
    const p = el(doc, "p");
    p.append(doc.createTextNode(`${data.name} finns i sajtens jämförelser: `));
    data.dashboards.forEach((d, i) => {
      const a = el(doc, "a", undefined, d.name);
      a.href = `..${d.path}`;
      p.append(a, doc.createTextNode(i < data.dashboards.length - 1 ? ", " : "."));
    });
    section.append(p);
  }
  return section;
}
