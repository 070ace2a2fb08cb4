// Översikt, "Hur färska är uppgifterna?": when the snapshot was fetched, the years each KPI has in
// it and what Kolada says about its next publication (kpi_freshness), for the card KPIs and in a
// table for all.
import {formatDate} from "../../kit/format.js";
import {formatYearRange} from "../../kit/wording.js";
import {tableDetails} from "../../kit/dataTable.js";
import {sourceNote} from "../../kit/sourceNote.js";
import {el, getDocument} from "../../kit/chartKit.js";
import {OVERSIKT} from "../../../model/pages/oversikt.js";
import type {RowOf} from "../../../model/table.js";
import type {kpiFreshness} from "../../../model/tables/overview.js";
import type {OversiktData} from "./context.js";

export const PUBLICATION_UNKNOWN = "Publiceringsdatum hämtas vid nästa datauppdatering";
const NO_YEARS = "inga värden ännu";

/** Kolada's publication dates for a KPI, said relative to the snapshot date. */
export function publicationText(kpi: Pick<RowOf<typeof kpiFreshness>, "publication_date" | "prel_publication_date">, snapshotDate: string): string {
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

export interface FreshnessRow {
  id: string;
  label: string;
  /** "2016–2023", or "inga värden ännu". */
  years: string;
  /** What Kolada says about the next publication, or PUBLICATION_UNKNOWN. */
  publication: string;
}

/** One row per kpi_freshness row (catalogue order), in words. */
export function freshnessRows(rows: readonly RowOf<typeof kpiFreshness>[], snapshotDate: string): FreshnessRow[] {
  return rows.map((r) => ({
    id: r.kpi,
    label: r.label,
    years: r.first_year !== null && r.last_year !== null ? formatYearRange(r.first_year, r.last_year) : NO_YEARS,
    publication: publicationText(r, snapshotDate)
  }));
}

export function freshnessSection(data: Pick<OversiktData, "freshness" | "snapshot">): HTMLElement {
  const doc = getDocument();
  const {snapshot} = data;
  const rows = freshnessRows(data.freshness, snapshot.snapshot_date);
  const element = el(doc, "div");
  element.append(
    el(doc, "p", undefined, `Kolada-underlaget hämtades ${formatDate(snapshot.snapshot_date)} (${snapshot.provenance_summary}). Nyckeltalen på korten:`)
  );
  const list = el(doc, "ul", "overview-freshness");
  for (const r of rows.filter((x) => (OVERSIKT.cards as readonly string[]).includes(x.id))) {
    list.append(
      el(
        doc,
        "li",
        undefined,
        `${r.label} (${r.id}): ${r.years === NO_YEARS ? "inga värden i underlaget ännu" : `värden för ${r.years} i underlaget`}. ${r.publication}.`
      )
    );
  }
  element.append(list);
  if (rows.every((r) => r.publication === PUBLICATION_UNKNOWN))
    element.append(el(doc, "p", undefined, "Koladas metadata om när nästa år publiceras följer med nästa uppdatering av underlaget."));
  const details = tableDetails(`Alla ${rows.length} nyckeltal i underlaget`, {
    caption: "Nyckeltalen i underlaget",
    columns: [
      {key: "label", label: "Nyckeltal", kind: "text"},
      {key: "id", label: "Kolada-id", kind: "text"},
      {key: "years", label: "År i ögonblicksbilden", kind: "text"},
      {key: "publication", label: "Publicering enligt Kolada", kind: "text"}
    ],
    rows: rows.map((r) => ({label: r.label, id: r.id, years: r.years, publication: r.publication}))
  });
  element.append(
    details,
    sourceNote({
      kolada: {kpis: [], fetchedAt: snapshot.snapshot_date},
      note: "Åren är de som har minst ett värde (totalt, alla områden) i den inbäddade ögonblicksbilden."
    })
  );
  return element;
}
