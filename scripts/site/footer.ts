// The provenance footer shown on every page: build date, git commit, snapshot date, sources (the
// audit reports listed from data/reports, so adding a report edits no footer), and the way to the
// open data (the page Öppna data).
import {execFileSync} from "node:child_process";
import {existsSync} from "node:fs";
import {join} from "node:path";
import {parseJsonText} from "../../loaders/jsonText.js";
import {REPORTS_DIR} from "../../loaders/paths.js";
import {snapshotDir} from "../../loaders/kolada/snapshot.js";
import {auditPages} from "../../loaders/reports/pages.js";
import {readTextFile} from "../../loaders/textFile.js";

export interface BuildProvenance {
  buildDate: string; // YYYY-MM-DD
  commit: string | null; // short sha
  snapshotDate: string | null; // YYYY-MM-DD of the Kolada snapshot
  snapshotSource: string | null; // a short provenance phrase
  audits: readonly string[]; // the audit reports, as the site names them ("Vänersborg 2022"), in the site's order
}

/** Text made safe for HTML (the footer, the snapshot notice). */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})[c]!);

/** The footer HTML (Swedish), pure: every value is escaped. */
export function renderFooter(p: BuildProvenance): string {
  const parts = [
    `Byggd ${escapeHtml(p.buildDate)}`,
    p.commit ? `version <code>${escapeHtml(p.commit)}</code>` : "version okänd",
    p.snapshotDate ? `Kolada-data hämtad ${escapeHtml(p.snapshotDate)}` : "Kolada-data: ingen ögonblicksbild",
    p.snapshotSource ? escapeHtml(p.snapshotSource) : null
  ].filter(Boolean);
  return (
    `<div class="provenance"><p>${parts.join(" · ")}.</p>` +
    `<p>Källor: Kolada (RKA, <a href="https://www.kolada.se/">kolada.se</a>) och kommunernas revisionsrapporter` +
    `${p.audits.length ? ` (${p.audits.map(escapeHtml).join(", ")})` : ""}. Beräkningar märkta ”Egen bearbetning” är gjorda av Uppföljning.</p>` +
    `<p>Alla tabeller att ladda ned som CSV, Parquet och Arrow, med villkoren för dem: <a href="/oppna-data">Öppna data</a>.</p></div>`
  );
}

/** Read the provenance from the checkout: git, the snapshot manifest, the report folders, the clock. */
export function readBuildProvenance(root: string, now = new Date(), reportsDir = REPORTS_DIR, koladaDir = snapshotDir()): BuildProvenance {
  let commit: string | null = process.env.GITHUB_SHA?.slice(0, 7) ?? null;
  if (!commit) {
    try {
      commit =
        execFileSync("git", ["rev-parse", "--short", "HEAD"], {cwd: root, stdio: ["ignore", "pipe", "ignore"]})
          .toString()
          .trim() || null;
    } catch {
      commit = null;
    }
  }
  let snapshotDate: string | null = null;
  let snapshotSource: string | null = null;
  const manifest = join(koladaDir, "manifest.json");
  if (existsSync(manifest)) {
    const m = parseJsonText(readTextFile(manifest), manifest) as {
      fetched_at?: unknown;
      provenance?: {summary?: unknown};
    };
    if (typeof m.fetched_at === "string") snapshotDate = m.fetched_at.slice(0, 10);
    if (typeof m.provenance?.summary === "string") snapshotSource = m.provenance.summary;
  }
  return {
    buildDate: now.toISOString().slice(0, 10),
    commit,
    snapshotDate,
    snapshotSource,
    audits: auditPages(reportsDir).map((a) => a.name)
  };
}
