// Resultat vid avslut, "Hur säker är andelen?": the worked example (interval_widths), how much each
// selected kommun's share swings within the reader's years, the participant counts and the latest
// share with its interval (result_shares), and the table of shares, counts and intervals.
import {withMissing} from "../../kit/section.js";
import {room} from "../../kit/room.js";
import {formatByUnit, formatCount} from "../../kit/format.js";
import {tableDetails} from "../../kit/dataTable.js";
import {sourceNote} from "../../kit/sourceNote.js";
import {el, getDocument} from "../../kit/chartKit.js";
import {areaName} from "../../../model/catalogue.js";
import {RESULTAT} from "../../../model/pages/resultat.js";
import {FEW_PARTICIPANTS} from "../../../model/vocabulary.js";
import {findMissing} from "../missing.js";
import {missingNotes} from "../kpiSeries.js";
import {latestPoint} from "../sentences.js";
import {areasInSentence, checkedKommuner, label, type Choices, type ResultatData} from "./context.js";
import {countSentence, mostVolatile, shareIntervalSentence, swingSentence, swingSummary} from "./sentences.js";
import {selectedShares, shareSeries} from "./trend.js";

/**
 * The worked example in the page's prose, formatted: with FEW_PARTICIPANTS participants and half
 * of them counted, the share and its 95 % interval (interval_widths).
 */
export function intervalExample(data: Pick<ResultatData, "intervals">): {
  participants: string;
  share: string;
  lower: string;
  upper: string;
} {
  const row = data.intervals.find((r) => r.participants === FEW_PARTICIPANTS);
  if (!row) throw new Error(`interval_widths has no row for ${FEW_PARTICIPANTS} participants (model/pages/resultat.ts intervalExamples)`);
  return {
    participants: formatCount(row.participants),
    share: formatByUnit(row.share, "procent"),
    lower: formatByUnit(row.lower, "procent", {maxDecimals: 0}),
    upper: formatByUnit(row.upper, "procent", {maxDecimals: 0})
  };
}

export function uncertaintySection(data: ResultatData, c: Choices): HTMLElement {
  const doc = getDocument();
  const shares = selectedShares(data, c);
  const element = el(doc, "div");
  const swing = el(doc, "div", "page-sentences");
  const caseInPoint = mostVolatile(new Map(c.selected.map((id) => [id, shareSeries(shares, id)])), c.selected);
  if (caseInPoint) {
    swing.append(
      el(doc, "p", undefined, `Störst svängningar bland de valda kommunerna ${c.rangeText}: ${swingSentence(areaName(caseInPoint.id), caseInPoint.summary)}`)
    );
    for (const id of c.selected.filter((x) => x !== caseInPoint.id)) {
      const text = swingSentence(areaName(id), swingSummary(shareSeries(shares, id)));
      if (text) swing.append(el(doc, "p", undefined, text));
    }
  }
  // A kommun without any participant count in the range is named once, in the section's missing line.
  for (const id of c.selected) {
    const own = shares.filter((s) => s.municipality === id);
    if (!own.some((s) => s.participants !== null)) continue;
    const latest = latestPoint(shareSeries(own, id));
    const latestShare = latest ? own.find((s) => s.period === latest.year) : undefined;
    swing.append(
      el(
        doc,
        "p",
        undefined,
        [countSentence(areaName(id), own), latestShare ? shareIntervalSentence(areaName(id), latestShare) : null].filter((x) => x !== null).join(" ")
      )
    );
  }
  const {participants, share} = RESULTAT;
  const entries = findMissing(data.kolada, {
    kpi: participants,
    gender: c.state.gender,
    years: c.yearsToCheck,
    areas: areasInSentence(checkedKommuner(c, [RESULTAT.participants]))
  });
  swing.append(...missingNotes(doc, [{kpis: [participants], gender: c.state.gender, entries}], "Utan antalet kan konfidensintervallet inte beräknas."));
  element.append(swing);

  const details = tableDetails(
    "Visa andel, antal och konfidensintervall per kommun och år",
    {
      caption: `${label(share)}${c.genderText} med antal avslutade deltagare och 95 % konfidensintervall, ${c.rangeText}`,
      columns: [
        {key: "kommun", label: "Kommun", kind: "text"},
        {key: "ar", label: "År", kind: "year"},
        {key: "andel", label: "Andel", kind: "procent"},
        {key: "n", label: "Avslutade deltagare", kind: "antal"},
        {key: "nedre", label: "Nedre gräns", kind: "procent"},
        {key: "ovre", label: "Övre gräns", kind: "procent"},
        {key: "varning", label: "Anmärkning", kind: "text"}
      ],
      rows: shares.map((s) => ({
        kommun: areaName(s.municipality),
        ar: s.period,
        andel: s.share,
        n: s.participants,
        nedre: s.lower,
        ovre: s.upper,
        varning: s.few_participants === true ? `Färre än ${FEW_PARTICIPANTS} deltagare` : s.few_participants === null ? "Antal saknas" : ""
      }))
    },
    {scroll: true}
  );
  element.append(
    details,
    sourceNote({
      kolada: {kpis: [share, participants], fetchedAt: data.fetchedAt, processed: true},
      note: "Konfidensintervallen är egen bearbetning (Wilsons metod, 95 %)."
    })
  );
  return withMissing(element, [{kpis: [participants], gender: c.state.gender, entries}]);
}
/** The room it takes before it is drawn (components/kit/room.ts): about a section's room, so the sections after it stay out of view until the reader nears them. */
uncertaintySection.room = room("20rem");
