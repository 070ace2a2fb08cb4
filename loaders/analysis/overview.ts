// The start page's derived tables: how fresh each KPI is in the snapshot (kpi_freshness) and one
// line per audit report, the first sentence of its overall conclusion (report_summaries).
import * as aq from "arquero";
import {KOMMUNER, KPIS} from "../../model/catalogue.js";
import type {RowOf} from "../../model/table.js";
import {kpiFreshness, reportSummaries} from "../../model/tables/overview.js";
import type {KoladaRow, KpiMeta} from "../kolada/types.js";
import type {ReportMeta} from "../reports/records.js";
import {fromRows, toRows} from "./tables.js";
import {orderOf, totals} from "./wide.js";

const op = aq.op;

/**
 * kpi_freshness: per catalogue KPI (catalogue order) the first and last year with a value (gender
 * T, any area) in the snapshot, and Kolada's publication dates where the metadata has them.
 */
export function kpiFreshnessRows(
  values: readonly KoladaRow[],
  metadata: readonly Pick<KpiMeta, "id" | "publication_date" | "prel_publication_date">[]
): RowOf<typeof kpiFreshness>[] {
  const years = totals(values)
    .filter((d: KoladaRow) => d.value != null)
    .groupby("kpi")
    .rollup({first_year: op.min("period"), last_year: op.max("period")});
  const dates = fromRows(
    metadata.map((m) => ({
      kpi: m.id,
      publication_date: m.publication_date,
      prel_publication_date: m.prel_publication_date
    })),
    ["kpi", "publication_date", "prel_publication_date"]
  );
  const derived = aq
    .table({kpi: KPIS.map((k) => k.id), label: KPIS.map((k) => k.label), order: KPIS.map((_, i) => i)})
    .join_left(years, "kpi")
    .join_left(dates, "kpi")
    .orderby("order")
    .select("kpi", "label", "first_year", "last_year", "publication_date", "prel_publication_date");
  return toRows(kpiFreshness, derived);
}

/**
 * The first sentence of a text: up to the first ".", "!" or "?" that is followed by whitespace and
 * an upper-case letter (so "bl.a. något" and "3.8.1" do not end it), or the whole text.
 */
export function firstSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  const m = /[.!?](?=\s+["”']?[A-ZÅÄÖ])/.exec(t);
  return m ? t.slice(0, m.index + 1) : t;
}

/** A report as report_summaries derives it: its document, date and the position of its kommun (none outside the list). */
type Summary = {document: string; date: string; kommun_order?: number};

/**
 * report_summaries: one row per report (cover letters, document "missiv", left out: they repeat
 * their report's conclusion), in the order of `kommunOrder` (kommuner elsewhere last), then by date.
 */
export function reportSummaryRows(
  metas: readonly (Pick<ReportMeta, "id" | "kommun" | "kommun_name" | "document" | "title" | "auditor" | "date"> & {
    conclusion: {text: string; lines: readonly [number, number]} | null;
  })[],
  kommunOrder: readonly string[] = KOMMUNER.map((m) => m.id)
): RowOf<typeof reportSummaries>[] {
  const rows = metas.map((m) => {
    if (!/^\d{4}/.test(m.date)) throw new Error(`report_summaries: report ${m.id} has no year in its date "${m.date}"`);
    return {
      report: m.id,
      kommun: m.kommun,
      kommun_name: m.kommun_name,
      document: m.document,
      date: m.date,
      auditor: m.auditor,
      title: m.title,
      first_sentence: m.conclusion === null ? null : firstSentence(m.conclusion.text),
      line_from: m.conclusion?.lines[0] ?? null,
      line_to: m.conclusion?.lines[1] ?? null
    };
  });
  const derived = fromRows(rows, ["report", "kommun", "document", "date"])
    .filter((d: Summary) => d.document === "rapport")
    .join_left(orderOf("kommun", kommunOrder), "kommun")
    .params({last: kommunOrder.length})
    .derive({
      year: (d: Summary) => op.parse_int(op.substring(d.date, 0, 4), 10),
      kommun_order: (d: Summary, $: {last: number}) => d.kommun_order ?? $.last
    })
    .orderby("kommun_order", "year", "report")
    .select("report", "kommun", "kommun_name", "year", "auditor", "title", "first_sentence", "line_from", "line_to");
  return toRows(reportSummaries, derived);
}
