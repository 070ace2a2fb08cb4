// Översikt, "Kommunerna i korthet": one card per kommun and card KPI (kpi_latest: the latest value,
// the change since the year before, the rank among all kommuner), what is missing, the source.
// Drawn at build time (scripts/site/staticParts.ts): the page receives the cards as HTML.
import {withMissing} from "../../kit/section.js";
import {kpiCard} from "../../kit/kpiCard.js";
import {sourceNote} from "../../kit/sourceNote.js";
import {el, getDocument} from "../../kit/chartKit.js";
import {AREA_NAMES, KOMMUNER, kpiOf} from "../../../model/catalogue.js";
import {OVERSIKT} from "../../../model/pages/oversikt.js";
import {missingNotes} from "../kpiSeries.js";
import {missingWhere} from "../../kit/wording.js";
import type {OversiktData} from "./context.js";

/** The latest kpi_latest row of a card KPI for a kommun (totalt), if any. */
const latestOf = (data: Pick<OversiktData, "latest">, kpi: string, kommun: string) =>
  data.latest.find((r) => r.kpi === kpi && r.municipality === kommun && r.gender === "T");

/** One kommun's heading and cards, each card with its sparkline (kolada). */
function kommunCards(data: OversiktData, kommun: (typeof KOMMUNER)[number]): HTMLElement {
  const doc = getDocument();
  const section = el(doc, "section", "overview-kommun");
  section.setAttribute("aria-label", kommun.name);
  const row = el(doc, "div", "kit-kpi-row");
  section.append(el(doc, "h3", undefined, kommun.name), row);
  for (const id of OVERSIKT.cards) {
    const kpi = kpiOf(id);
    const latest = latestOf(data, id, kommun.id);
    if (!latest) {
      const fetched = data.kolada.find((d) => d.kpi === id && d.gender === "T" && d.municipality === kommun.id);
      const p = el(doc, "p", "chart-empty overview-missing", `${kpi.label} (${id}): uppgift ${missingWhere(fetched)} för ${kommun.name}.`);
      p.setAttribute("role", "note");
      row.append(p);
      continue;
    }
    const series = data.kolada
      .filter((d) => d.kpi === id && d.gender === "T" && d.municipality === kommun.id)
      .map((d) => ({area: d.municipality, year: d.period, value: d.value}));
    row.append(
      kpiCard(series, {
        title: kpi.label,
        unit: kpi.unit,
        area: kommun.id,
        names: AREA_NAMES,
        direction: kpi.direction,
        latest: {
          year: latest.period,
          value: latest.value,
          change: latest.change,
          rank: latest.rank,
          of: latest.kommuner
        }
      })
    );
  }
  return section;
}

export function cardsSection(data: OversiktData): HTMLElement {
  const doc = getDocument();
  const element = el(doc, "div");
  const cards = el(doc, "div", "overview-cards");
  const missing = new Map<string, string[]>();
  for (const kommun of KOMMUNER) {
    for (const id of OVERSIKT.cards) if (!latestOf(data, id, kommun.id)) missing.set(id, [...(missing.get(id) ?? []), kommun.id]);
    cards.append(kommunCards(data, kommun));
  }
  const facts = OVERSIKT.cards
    .filter((k) => missing.has(k))
    .map((kpi) => ({
      kpis: [kpi],
      gender: "T",
      // no latest value: the kommun lacks the KPI in every year, so no years are named
      entries: missing.get(kpi)!.map((id) => ({id, name: AREA_NAMES.get(id) ?? id, years: []}))
    }));
  element.append(cards, ...missingNotes(doc, facts));
  element.append(
    sourceNote({
      kolada: {kpis: OVERSIKT.cards, fetchedAt: data.fetchedAt, processed: true},
      note: `Senaste år med värde för varje kommun. Placeringen är bland alla kommuner med värde samma år (egen bearbetning): plats 1 har högst ${kpiOf(OVERSIKT.trend).label.toLowerCase()}-andel, högst nettokostnad respektive högst andel unga deltagare – en hög kostnad eller andel unga är inte bättre eller sämre i sig.`
    })
  );
  return withMissing(element, facts);
}
