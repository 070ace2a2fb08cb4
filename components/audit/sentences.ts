// The Swedish sentences of the audit pages, built from the served rows (pure, no DOM): who audited
// what, the summaries of assessments, recommendations, figures and lost tables, the missiv, the
// follow-up since the audit and the comparison of the audits.
import {formatByUnit, formatDate, formatNumber, formatYear, type Unit} from "../kit/format.js";
import {formatList, formatYearRange, formatYears, MISSING_HERE, plural} from "../kit/wording.js";

import type {RowOf} from "../../model/table.js";
import type {reportMeta} from "../../model/tables/reports.js";
import {DOCUMENT_TEXT, FIGURE_STATUS_TEXT, LACKING_SCALES, type DocumentKind, type FigureStatus, type Scale} from "../../model/vocabulary.js";

type Meta = RowOf<typeof reportMeta>;

/** The text of a description in [brackets] (a field the report does not print), without the brackets. */
export const described = (s: string): string => s.trim().replace(/^\[(.*)\]$/s, "$1");

/** How a document's date is said: "15 september 2022", "år 2022", or as written. */
export function dateText(m: Pick<Meta, "date" | "date_precision">): string {
  return m.date_precision === "day" ? formatDate(m.date) : m.date_precision === "year" ? `år ${m.date}` : m.date;
}

/** A list cell ("A; B") as a list. */
const items = (s: string | null): string[] => (s ? s.split("; ") : []);

/** "KPMG granskade kommunstyrelsen i Vänersborg. Uppdragsgivare: …. Rapporten är daterad … och undertecknad av …." */
export function auditedSentence(m: Meta, auditor: {named: boolean}): string {
  const who = auditor.named ? m.auditor : "Granskaren (som inte namnges i texten)";
  return (
    `${who} granskade ${formatList(items(m.audited_bodies).map((b) => b.toLowerCase()))} i ${m.kommun_name}. ` +
    `Uppdragsgivare: ${m.client}. Rapporten är daterad ${dateText(m)}` +
    `${m.authors ? ` och undertecknad av ${formatList(items(m.authors))}` : ""}.`
  );
}

/** The report's title, or that it prints none and how it describes itself. */
export function titleSentence(m: Pick<Meta, "title">, printed: boolean): string {
  return printed ? `Rapportens titel: ”${m.title}”.` : `Rapporten saknar tryckt titel; den beskriver sig som ”${described(m.title)}”.`;
}

/** "Rapporten prövar 9 frågor: 1 ”ja”, … . I 1 fråga (A9) motsäger rapporten sig själv; …" */
export function assessmentSummary(assessments: readonly {id: string; scale: string; contradictory: boolean}[], scales: readonly Scale[]): string {
  if (assessments.length === 0) return "Rapporten innehåller inga frågor med egna bedömningar.";
  const counts = scales.map((s) => [s, assessments.filter((a) => a.scale === s).length] as const).filter(([, n]) => n > 0);
  const contradictions = assessments.filter((a) => a.contradictory);
  return (
    `Rapporten prövar ${plural(assessments.length, "fråga", "frågor")}: ${formatList(counts.map(([s, n]) => `${formatNumber(n)} ${s === "ingen bedömning" ? "utan bedömning" : `”${s}”`}`))}.` +
    (contradictions.length
      ? ` I ${plural(contradictions.length, "fråga", "frågor")} (${formatList(contradictions.map((a) => a.id))}) motsäger rapporten sig själv; båda läsningarna visas.`
      : " Rapporten motsäger sig inte själv i någon bedömning.")
  );
}

/** "Rapporten ger 5 rekommendationer till 1 mottagare. 5 av dem upprepas ordagrant i revisorernas missiv …" */
export function recommendationSummary(
  own: readonly {addressee: string}[],
  repeatedBy: readonly {report: string; repeats: string | null}[],
  kindOf: (report: string) => DocumentKind
): string {
  if (own.length === 0) return "Rapporten ger inga formella rekommendationer.";
  const addressees = new Set(own.map((r) => r.addressee)).size;
  const repeating = [...new Set(repeatedBy.map((r) => r.report))];
  const repeated = new Set(repeatedBy.map((r) => r.repeats)).size;
  return (
    `Rapporten ger ${plural(own.length, "rekommendation", "rekommendationer")} till ${plural(addressees, "mottagare", "mottagare")}.` +
    (repeating.length
      ? ` ${formatNumber(repeated)} av dem upprepas ordagrant i ${formatList(repeating.map((r) => DOCUMENT_TEXT[kindOf(r)].name))} och visas här en gång, med en länk.`
      : "")
  );
}

/** What a related document (the missiv) is and what it repeats of the report. */
export function relatedSentence(doc: Meta, report: Pick<Meta, "conclusion">, repeats: readonly {repeats: string | null}[], own: readonly unknown[]): string {
  const ids = repeats.map((r) => (r.repeats ?? "").split("#")[1]);
  return (
    `${DOCUMENT_TEXT[doc.document as DocumentKind].definite} ”${doc.title}” (avsändare: ${doc.client}) är daterat ${formatDate(doc.date)}` +
    `${doc.authors ? ` och undertecknat av ${formatList(items(doc.authors))}` : ""}. ` +
    `Det upprepar ${plural(repeats.length, "rekommendation", "rekommendationer")} ur rapporten ordagrant (${formatList(ids)})` +
    `${own.length ? ` och ger ${plural(own.length, "egen rekommendation", "egna rekommendationer")}` : " och ger inga egna"}` +
    `${doc.conclusion && doc.conclusion === report.conclusion ? "; den samlade bedömningen återges ordagrant" : ""}.`
  );
}

const NOT_COMPARED: readonly [FigureStatus, string][] = [
  ["target", "målvärden"],
  ["estimate", "uppskattningar"],
  ["missing", "tomma celler"],
  ["no_kpi", "utan motsvarande nyckeltal i Kolada"]
];

/** The figures summary from the report's counts per status (audit_figure_counts) and totals. */
export function figuresSummary(total: number, compared: number, count: (status: FigureStatus) => number): string {
  if (total === 0) return "Rapporten redovisar inga siffror i tabeller eller löptext som kunnat föras över.";
  const notCompared = NOT_COMPARED.map(([st, noun]) => [count(st), noun] as const).filter(([n]) => n > 0);
  return (
    `Rapporten redovisar ${plural(total, "siffra", "siffror")}. ` +
    (compared === 0
      ? "Ingen av dem är ett uppmätt värde för ett nyckeltal i Kolada, så ingen kan jämföras med Kolada."
      : `${formatNumber(compared)} av dem är uppmätta värden för ett nyckeltal i Kolada. Jämfört med Kolada i dag, med den noggrannhet rapporten tryckte: ` +
        `${formatNumber(count("matches"))} stämmer, ${formatNumber(count("revised"))} har reviderats och ${formatNumber(count("not_in_snapshot"))} saknas i den inbäddade ögonblicksbilden av Kolada (en datauppdatering fyller i dem).`) +
    (notCompared.length ? ` Inte jämförda: ${formatList(notCompared.map(([n, noun]) => `${formatNumber(n)} ${noun}`))}.` : "")
  );
}

/** "Nettokostnad … (N40011): 8 saknas i ögonblicksbilden av Kolada." */
export function crossCheckLine(kpi: string, indicator: string, counts: readonly {status: string; figures: number}[]): string {
  return `${indicator} (${kpi}): ${formatList(counts.map((c) => `${formatNumber(c.figures)} ${FIGURE_STATUS_TEXT[c.status as FigureStatus]}`))}.`;
}

/** The lost tables and charts, counted. */
export function lostSummary(lost: readonly {kind: string}[]): string {
  if (lost.length === 0) return "Inga tabeller eller diagram i rapporten förlorade sina värden när den omvandlades till text.";
  const parts = [
    plural(lost.filter((l) => l.kind === "table").length, "tabell", "tabeller"),
    plural(lost.filter((l) => l.kind === "chart").length, "diagram", "diagram")
  ];
  return `${formatList(parts.filter((x) => !x.startsWith("0 ")))} i rapporten förlorade sina värden när rapporten omvandlades till text. Bara rubriker, källrader och det texten säger om dem finns kvar, så värdena kan inte visas eller jämföras här:`;
}

// ---- "Vad har hänt sedan granskningen" -------------------------------------------------------

/** "Sidan följer 4 nyckeltal i Östersund från granskningsåret 2022 till 2025: ”…”. <why>" */
export function followUpIntro(kommun: string, year: number, to: number, labels: readonly string[], why: string | null): string {
  if (labels.length === 0) return "Inga nyckeltal är valda för den här granskningen.";
  return `Sidan följer ${plural(labels.length, "nyckeltal", "nyckeltal")} i ${kommun} från granskningsåret ${formatYear(year)} till ${formatYear(to)}: ${formatList(labels.map((l) => `”${l.toLowerCase()}”`))}. ${why ?? ""}`;
}

export interface YearPoint {
  period: number;
  value: number | null;
  mean: number | null;
}

/**
 * The kommun's first and last value since the audit with the mean of all kommuner in the last
 * year; or, without a value since, the last value before the audit. Null when there is none.
 */
export function followUpSentence(kommun: string, label: string, unit: Unit, year: number, points: readonly YearPoint[], since: boolean): string | null {
  const own = points.filter((p) => p.value !== null);
  if (own.length === 0) return null;
  const what = label.toLowerCase();
  const last = own[own.length - 1];
  const mean = (p: YearPoint) => (p.mean === null ? null : formatByUnit(p.mean, unit));
  if (since) {
    const first = own[0];
    return (
      `I ${kommun} var värdet för ”${what}” ${formatByUnit(first.value, unit)} år ${formatYear(first.period)}` +
      (last.period !== first.period ? ` och ${formatByUnit(last.value, unit)} år ${formatYear(last.period)}` : "") +
      (last.mean !== null ? `; alla kommuners ovägda medel var ${mean(last)} år ${formatYear(last.period)}.` : ".")
    );
  }
  return (
    `Kolada har ännu inga värden för ${kommun} från granskningsåret ${formatYear(year)}. Senaste värdet före granskningen: ${formatByUnit(last.value, unit)} år ${formatYear(last.period)}` +
    (last.mean !== null ? `; alla kommuners ovägda medel var ${mean(last)} samma år.` : ".")
  );
}

/** "Uppgift saknas i ögonblicksbilden för Alvesta 2024–2025 (nettokostnad); en datauppdatering fyller i resten.", or null when nothing is missing. */
export function followUpMissing(area: string, missing: readonly number[], what: string): string | null {
  if (missing.length === 0) return null;
  return `Uppgift ${MISSING_HERE} för ${area} ${formatYears(missing)} (${what}); en datauppdatering fyller i resten.`;
}

// ---- the comparison of the audits ------------------------------------------------------------

const NUMBER_WORDS = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"];

/** "de fyra kommunerna" (the word up to twelve, else digits); "kommunen" for one. */
export const theKommuner = (n: number): string => (n === 1 ? "kommunen" : `de ${NUMBER_WORDS[n] ?? formatNumber(n)} kommunerna`);

/** "4 granskningar från 2018–2024 (…) prövar tillsammans 40 frågor. Frågorna är sorterade i 6 teman." */
export function comparisonIntro(audits: readonly {name: string; year: number}[], questions: number, themes: number): string {
  const years = audits.map((a) => a.year);
  return (
    `${plural(audits.length, "granskning", "granskningar")} från ${formatYearRange(Math.min(...years), Math.max(...years))} (${formatList(audits.map((a) => a.name))}) prövar tillsammans ${plural(questions, "fråga", "frågor")}. ` +
    `Frågorna är sorterade i ${plural(themes, "tema", "teman")}.`
  );
}

/** "4 av 4 granskningar fann brister i uppföljningen av resultat eller kostnader (…): …. Uppföljningen av kostnader prövades i 1 granskning (…)." */
export function lackingSentence(total: number, lacking: readonly string[], costsAsked: readonly string[]): string {
  const scales = LACKING_SCALES.map((s) => `”${s}”`).join(" eller ");
  return (
    `${formatNumber(lacking.length)} av ${formatNumber(total)} granskningar fann brister i uppföljningen av resultat eller kostnader (bedömningen ${scales} på minst en fråga om uppföljning av resultat eller av kostnader)` +
    (lacking.length ? `: ${formatList(lacking)}.` : ".") +
    ` Uppföljningen av kostnader prövades i ${plural(costsAsked.length, "granskning", "granskningar")}${costsAsked.length ? ` (${formatList(costsAsked)})` : ""}.`
  );
}
