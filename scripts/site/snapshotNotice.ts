// The snapshot notice: one short paragraph at the top of each dashboard page saying when the Kolada
// snapshot was fetched and which of the page's KPIs it holds. It is written into the page's HTML at
// build time (a placeholder comment in the Markdown, expanded by a markdown-it rule from the
// config), so it costs no script, no request and no layout shift. Each section then says in one
// line what is missing for the reader's choices (components/sections/missing.ts, missingLine).
import {formatCount, formatDate} from "../../components/kit/format.js";
import {formatList, formatYearRange, inSentence} from "../../components/kit/wording.js";
import {kpiOf} from "../../model/catalogue.js";
import {ALDER_KPIS} from "../../model/pages/alder.js";
import {KOSTNAD_KPIS} from "../../model/pages/kostnad.js";
import {OVERSIKT_KPIS} from "../../model/pages/oversikt.js";
import {RESULTAT_KPIS} from "../../model/pages/resultat.js";
import {kpiFreshnessRows} from "../../loaders/analysis/overview.js";
import {readSnapshot, snapshotDir} from "../../loaders/kolada/snapshot.js";
import {cachedInput} from "../../loaders/inputCache.js";
import {escapeHtml} from "./footer.js";
import type {Snapshot} from "../../loaders/kolada/types.js";

/** The pages that carry a notice, by the key their placeholder names, and the KPIs each shows. */
export const NOTICE_PAGES: Readonly<Record<string, readonly string[]>> = {
  oversikt: OVERSIKT_KPIS,
  resultat: RESULTAT_KPIS,
  kostnad: KOSTNAD_KPIS,
  alder: ALDER_KPIS
};

/** A KPI's span in the snapshot: first and last year with a value (total, any area), null when none. */
export interface KpiSpan {
  kpi: string;
  firstYear: number | null;
  lastYear: number | null;
}

/** What the notice says: the snapshot's fetch date and the span of each of the page's KPIs. */
export interface NoticeFacts {
  fetchedAt: string;
  spans: readonly KpiSpan[];
}

const held = (s: KpiSpan) => s.firstYear !== null && s.lastYear !== null;
const spanText = (s: KpiSpan) => `${inSentence(kpiOf(s.kpi).label)} (${s.kpi}, ${formatYearRange(s.firstYear!, s.lastYear!)})`;

/** The notice in Swedish, for a reader: the date, what the snapshot holds of the page's KPIs, what a gap means. */
export function snapshotNoticeText(facts: NoticeFacts): string {
  const date = `Kolada-uppgifterna är hämtade ${formatDate(facts.fetchedAt)}`;
  const total = facts.spans.length;
  const withValues = facts.spans.filter(held);
  if (withValues.length === total) {
    const first = Math.min(...withValues.map((s) => s.firstYear!));
    const last = Math.max(...withValues.map((s) => s.lastYear!));
    return `${date} och har värden för alla sidans ${formatCount(total)} nyckeltal, ${formatYearRange(first, last)}. Enstaka värden som saknas anges under respektive avsnitt och visas aldrig som noll.`;
  }
  const holds =
    withValues.length === 0
      ? `${date} men har ännu inga värden för sidans ${formatCount(total)} nyckeltal.`
      : `${date} och har värden för ${formatCount(withValues.length)} av sidans ${formatCount(total)} nyckeltal: ${formatList(withValues.map(spanText))}.`;
  return `${holds} Det som saknas anges under varje avsnitt och visas aldrig som noll; en datauppdatering från Kolada fyller i det som Kolada har publicerat.`;
}

/** The notice as HTML (every value escaped). */
export function snapshotNoticeHtml(facts: NoticeFacts): string {
  return `<p class="snapshot-notice" role="note">${escapeHtml(snapshotNoticeText(facts))}</p>\n`;
}

/** The notice facts of `kpis` from the committed snapshot (or UPPF_DATA_DIR's). */
export function readNoticeFacts(kpis: readonly string[], dir: string = snapshotDir(), snapshot: Snapshot = readSnapshot(dir)): NoticeFacts {
  const spans = new Map(kpiFreshnessRows(snapshot.rows, []).map((r) => [r.kpi, r]));
  return {
    fetchedAt: snapshot.manifest.fetched_at,
    spans: kpis.map((kpi) => ({kpi, firstYear: spans.get(kpi)?.first_year ?? null, lastYear: spans.get(kpi)?.last_year ?? null}))
  };
}

/** What the plugin needs of markdown-it (Framework's own instance, passed to the config's `markdownIt`). */
interface HtmlBlockRules {
  // method syntax: markdown-it's own rule (typed with its Token) is accepted here
  html_block?(tokens: {content: string}[], idx: number, options: unknown, env: {path?: string} | undefined, self: unknown): string;
}
export interface MarkdownItLike {
  renderer: {rules: HtmlBlockRules};
}

/** `<!-- snapshot-notice kostnad -->` on a line of its own; the key names an entry of NOTICE_PAGES. */
const PLACEHOLDER = /^<!--\s*snapshot-notice\s+([\w-]+)\s*-->\s*$/;

/**
 * A markdown-it plugin for the config's `markdownIt`: expands each notice placeholder with
 * `notice(key)`. An unknown key stops the build with one line naming it.
 */
export function snapshotNoticePlugin(notice: (key: string) => string) {
  return <M extends MarkdownItLike>(md: M): M => {
    const base = md.renderer.rules.html_block!;
    md.renderer.rules.html_block = (tokens, idx, options, env, self) => {
      const match = PLACEHOLDER.exec(tokens[idx].content.trim());
      if (!match) return base(tokens, idx, options, env, self);
      if (!(match[1] in NOTICE_PAGES)) {
        throw new Error(`${env?.path ?? "page"}: unknown snapshot-notice "${match[1]}" (known: ${Object.keys(NOTICE_PAGES).join(", ")})`);
      }
      return notice(match[1]);
    };
    return md;
  };
}

/** The config's notice source: each page's notice read once from the snapshot. */
export function snapshotNotices(dir: string = snapshotDir()): (key: string) => string {
  const cache = new Map<string, string>();
  let snapshot: Snapshot | undefined; // read and checked once for all pages
  return (key) => {
    snapshot ??= cachedInput("snapshot", [dir], () => readSnapshot(dir));
    if (!cache.has(key)) cache.set(key, snapshotNoticeHtml(readNoticeFacts(NOTICE_PAGES[key], dir, snapshot)));
    return cache.get(key)!;
  };
}
