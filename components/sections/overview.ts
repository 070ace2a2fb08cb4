// Pure helpers for the start page (Översikt): one line per audit report, and what the page says
// about data freshness (snapshot date, years held, Kolada's publication dates per KPI).
import {formatDate, formatYearRange} from "../kit/format.js";
import type {ReportMetaRow as MetaRow, SnapshotInfo} from "../../model/rows.js";

export type {SnapshotInfo};

/** The report_meta.arrow columns the start page reads. */
export type ReportMetaRow = Pick<MetaRow, "report" | "kommun" | "kommun_name" | "document" | "title" | "auditor" | "date" | "conclusion" | "conclusion_line_from" | "conclusion_line_to">;

/**
 * The first sentence of a text: up to the first ".", "!" or "?" that is followed by whitespace and
 * an upper-case letter (so "bl.a. något" and "3.8.1" do not end it), or the whole text.
 */
export function firstSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  const m = /[.!?](?=\s+["”']?[A-ZÅÄÖ])/.exec(t);
  return m ? t.slice(0, m.index + 1) : t;
}

export interface AuditSummary {
  report: string;
  kommun: string;
  kommunName: string;
  /** The year of the report's date ("2022-09-15" → 2022). */
  year: number;
  auditor: string;
  title: string;
  /** The conclusion's first sentence, verbatim; null when the report has no overall conclusion. */
  line: string | null;
  lineFrom: number | null;
  lineTo: number | null;
  /** Link to the report's page, relative to a top-level page. */
  href: string;
}

/**
 * One summary per audit report (cover letters, document "missiv", are left out: they repeat their
 * report's conclusion), in the order of `kommunOrder` (kommun ids), then by date.
 */
export function auditSummaries(meta: readonly ReportMetaRow[], kommunOrder: readonly string[] = []): AuditSummary[] {
  const order = (id: string) => {
    const i = kommunOrder.indexOf(id);
    return i === -1 ? kommunOrder.length : i;
  };
  return meta
    .filter((m) => m.document === "rapport")
    .map((m) => {
      const year = Number(m.date.slice(0, 4));
      if (!/^\d{4}/.test(m.date)) throw new Error(`auditSummaries: report ${m.report} has no year in its date "${m.date}"`);
      return {
        report: m.report,
        kommun: m.kommun,
        kommunName: m.kommun_name,
        year,
        auditor: m.auditor,
        title: m.title,
        line: m.conclusion === null ? null : firstSentence(m.conclusion),
        lineFrom: m.conclusion_line_from,
        lineTo: m.conclusion_line_to ?? m.conclusion_line_from,
        href: `./granskningar/${encodeURIComponent(m.report)}`
      };
    })
    .sort((a, b) => order(a.kommun) - order(b.kommun) || a.year - b.year || a.report.localeCompare(b.report));
}

/** An auditor name as printed, or a neutral phrase where the report does not name one ("[not named …]"). */
export function auditorText(auditor: string): string {
  return /^\[.*\]$/.test(auditor.trim()) ? "granskaren anges inte i rapporten" : auditor;
}

/** The kolada_kpis.arrow columns the freshness table reads. */
export interface KpiMetaRow {
  id: string;
  label: string;
  publication_date: string | null;
  prel_publication_date: string | null;
}


export const PUBLICATION_UNKNOWN = "Publiceringsdatum hämtas vid nästa datauppdatering";

export interface FreshnessRow {
  id: string;
  label: string;
  /** "2016–2023", or "inga värden ännu". */
  years: string;
  /** What Kolada says about the next publication, or PUBLICATION_UNKNOWN. */
  publication: string;
}

/** Kolada's publication dates for a KPI, said relative to the snapshot date. */
export function publicationText(kpi: Pick<KpiMetaRow, "publication_date" | "prel_publication_date">, snapshotDate: string): string {
  const parts: string[] = [];
  const say = (date: string | null, what: string) => {
    if (!date) return;
    const day = date.slice(0, 10);
    parts.push(`${what} ${day > snapshotDate ? "väntas" : "publicerades"} ${formatDate(day)}`);
  };
  say(kpi.prel_publication_date, "preliminära värden");
  say(kpi.publication_date, "slutliga värden");
  if (parts.length === 0) return PUBLICATION_UNKNOWN;
  const text = parts.join("; ");
  return text[0].toUpperCase() + text.slice(1);
}

/** One row per KPI in `ids` (in that order): years in the snapshot and Kolada's publication dates. */
export function freshnessRows(ids: readonly string[], kpis: readonly KpiMetaRow[], info: SnapshotInfo): FreshnessRow[] {
  return ids.map((id) => {
    const kpi = kpis.find((k) => k.id === id);
    if (!kpi) throw new Error(`freshnessRows: KPI ${id} is not in kolada_kpis`);
    const y = info.years_per_kpi[id];
    return {
      id,
      label: kpi.label,
      years: y ? formatYearRange(y.from, y.to) : "inga värden ännu",
      publication: publicationText(kpi, info.snapshot_date)
    };
  });
}
