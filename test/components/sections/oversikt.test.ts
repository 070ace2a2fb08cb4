// @vitest-environment jsdom
// Översikt's sections: the cards (kpi_latest), the trend, the audit one-liners (report_summaries)
// and the data freshness (kpi_freshness). Values are synthetic unless said otherwise.
import {describe, expect, test} from "vitest";
import {formatList} from "../../../components/kit/wording.js";
import {missingOf} from "../../../components/kit/section.js";
import type {MissingFacts} from "../../../components/sections/missing.js";
import {cardsSection} from "../../../components/sections/oversikt/cards.js";
import {overviewTrendSection} from "../../../components/sections/oversikt/trend.js";
import {auditList, auditorText, reportHref} from "../../../components/sections/oversikt/audits.js";
import {freshnessRows, freshnessSection, publicationText, PUBLICATION_UNKNOWN} from "../../../components/sections/oversikt/freshness.js";
import type {OversiktData} from "../../../components/sections/oversikt/context.js";

import {KOMMUNER, KPIS} from "../../../model/catalogue.js";
import {kpiLatestRows, kpiRankRows} from "../../../loaders/analysis/ranks.js";
import type {KoladaRow} from "../../../loaders/kolada/types.js";
import {snapshotInfo} from "../../../loaders/kolada/snapshotInfo.js";
import {koladaRow} from "../../support/rows.js";

const NB = "\u00a0";
const row = koladaRow;
const snapshot = {
  fetched_at: "2026-11-22T00:00:00.000Z",
  snapshot_date: "2026-11-22",
  provenance_summary: "test",
  rows_per_kpi: {U40455: 3},
  years_per_kpi: {U40455: {from: 2016, to: 2023}}
};
const freshness = KPIS.map((k) => ({
  kpi: k.id,
  label: k.label,
  first_year: null,
  last_year: null,
  publication_date: null,
  prel_publication_date: null
}));

function data(values: KoladaRow[]): OversiktData {
  return {
    kolada: values,
    latest: kpiLatestRows(kpiRankRows(values)),
    freshness,
    audits: [],
    snapshot,
    fetchedAt: snapshot.snapshot_date
  };
}

describe("Översikt: the cards", () => {
  const values = [
    ...KOMMUNER.flatMap((m, i) => [row("U40455", m.id, 2022, 30 + i), row("U40455", m.id, 2023, 40 + i)]),
    row("U40455", "0114", 2023, 99),
    row("N40011", KOMMUNER[0].id, 2023, 800)
  ];
  test("a card per kommun and KPI with a value: latest value, change, rank among all kommuner; the others say they are missing", () => {
    const element = cardsSection(data(values));
    const missing = missingOf<MissingFacts>(element);
    const sections = element.querySelectorAll(".overview-kommun");
    expect(Array.from(sections).map((s) => s.querySelector("h3")!.textContent)).toEqual(KOMMUNER.map((m) => m.name));
    const first = sections[0];
    expect(first.querySelector(".kit-kpi-value")!.textContent).toBe(`40${NB}% (2023)`);
    expect(first.querySelector(".kit-kpi-change")!.textContent).toBe(`+10${NB}procentenheter jämfört med 2022`);
    expect(first.querySelector(".kit-kpi-rank")!.textContent).toBe("Plats 5 av 5 kommuner 2023 (högst värde = plats 1)");
    expect(first.querySelectorAll(".kit-kpi")).toHaveLength(2); // U40455 and N40011
    expect(sections[1].textContent).toContain(`Nettokostnad arbetsmarknadsåtgärder (N40011): uppgift saknas i ögonblicksbilden för ${KOMMUNER[1].name}.`);
    expect(missing.map((m) => m.kpis[0])).toEqual(["N40011", "U40811"]);
    expect(missing[0].entries.map((e) => e.id)).toEqual(KOMMUNER.slice(1).map((m) => m.id));
    // one line under the cards names the KPIs and the kommuner without a value (no years: none at all)
    const notes = element.querySelectorAll(".missing-data");
    expect(notes).toHaveLength(1);
    expect(notes[0].textContent).toBe(
      `Saknas i ögonblicksbilden: N40011 för ${formatList(KOMMUNER.slice(1).map((m) => m.name))}; U40811 för ${formatList(KOMMUNER.map((m) => m.name))}.`
    );
    expect(element.querySelector(".kit-source")!.textContent).toContain("börjat arbeta eller studera-andel");
  });
});

describe("Översikt: the trend", () => {
  test("the catalogue's kommuner and the mean of all kommuner where it has values; the missing years said", () => {
    const values = [
      row("U40455", "1487", 2022, 30),
      row("U40455", "1487", 2023, 31),
      row("U40455", "2380", 2022, 40),
      row("U40455", "G2328", 2022, 35),
      row("U40455", "G2328", 2023, null)
    ];
    const element = overviewTrendSection(data(values), {width: 640});
    const missing = missingOf<MissingFacts>(element);
    const svg = element.querySelector("svg[aria-label]")!;
    expect(svg.getAttribute("aria-label")).toMatch(/^Börjat arbeta eller studera: Vänersborg, Östersund och Alla kommuner \(ovägt medel\), 2022–2023/);
    expect(element.querySelector("figcaption")!.textContent).toBe("Börjat arbeta eller studera, andel av avslutade deltagare 2022–2023");
    expect(element.textContent).toContain(
      "Saknas i ögonblicksbilden: U40455 för Alingsås 2022–2023, Östersund 2023, Alvesta 2022–2023 och alla kommuner (ovägt medel) 2023."
    );
    expect(missing[0].entries.map((e) => e.id)).toEqual(["1489", "2380", "0764", "G2328"]);
  });
});

describe("Översikt: audit one-liners", () => {
  test("an auditor the report does not name is said so, not shown as a bracketed note", () => {
    expect(auditorText("[not named in the text]")).toBe("granskaren anges inte i rapporten");
    expect(auditorText("KPMG AB")).toBe("KPMG AB");
  });
  test("one item per report: kommun and year, auditor, the quoted sentence with its lines, a relative link; no conclusion said", () => {
    const audits = [
      {
        report: "vanersborg-2022",
        kommun: "1487",
        kommun_name: "Vänersborg",
        year: 2022,
        auditor: "KPMG",
        title: "T",
        first_sentence: "Vår bedömning är att det delvis fungerar.",
        line_from: 10,
        line_to: 10
      },
      {
        report: "alvesta-2018",
        kommun: "0764",
        kommun_name: "Alvesta",
        year: 2018,
        auditor: "[not named]",
        title: "T",
        first_sentence: null,
        line_from: null,
        line_to: null
      }
    ];
    const items = auditList({audits}).querySelectorAll("li");
    expect(items[0].textContent).toBe("Vänersborg 2022 (KPMG): Vår bedömning är att det delvis fungerar. (rad 10) Läs om granskningen i Vänersborg");
    expect(items[0].querySelector("a")!.getAttribute("href")).toBe("./granskningar/vanersborg-2022");
    expect(items[1].textContent).toBe("Alvesta 2018 (granskaren anges inte i rapporten): rapporten har ingen samlad bedömning. Läs om granskningen i Alvesta");
    expect(reportHref("a b")).toBe("./granskningar/a%20b");
  });
});

describe("Översikt: data freshness", () => {
  test("missing publication dates say they come with the next refresh", () => {
    expect(publicationText({publication_date: null, prel_publication_date: null}, "2026-11-22")).toBe(PUBLICATION_UNKNOWN);
    expect(PUBLICATION_UNKNOWN).toBe("Publiceringsdatum hämtas vid nästa datauppdatering");
  });
  test("dates after the snapshot are expected, earlier ones were published", () => {
    expect(publicationText({publication_date: "2027-03-26", prel_publication_date: null}, "2026-11-22")).toBe("Slutliga värden väntas 26 mars 2027");
    expect(publicationText({publication_date: "2026-03-26", prel_publication_date: "2026-12-01T00:00:00"}, "2026-11-22")).toBe(
      "Preliminära värden väntas 1 december 2026; slutliga värden publicerades 26 mars 2026"
    );
  });
  test("freshnessRows: the years held per KPI in words, none yet, Kolada's dates (every catalogue KPI is in kpi_freshness: test/loaders/analysis)", () => {
    const rows = [
      {
        kpi: "N40011",
        label: "Nettokostnad",
        first_year: null,
        last_year: null,
        publication_date: "2027-05-01",
        prel_publication_date: null
      },
      {
        kpi: "U40455",
        label: "Börjat arbeta eller studera",
        first_year: 2016,
        last_year: 2023,
        publication_date: null,
        prel_publication_date: null
      }
    ];
    expect(freshnessRows(rows, "2026-11-22")).toEqual([
      {
        id: "N40011",
        label: "Nettokostnad",
        years: "inga värden ännu",
        publication: "Slutliga värden väntas 1 maj 2027"
      },
      {id: "U40455", label: "Börjat arbeta eller studera", years: "2016–2023", publication: PUBLICATION_UNKNOWN}
    ]);
  });
  test("the section: the snapshot date, the card KPIs in a list, the note when Kolada's dates are missing, every KPI in the table", () => {
    const el = freshnessSection({
      snapshot,
      freshness: freshness.map((f) => (f.kpi === "U40455" ? {...f, first_year: 2016, last_year: 2023} : f))
    });
    expect(el.textContent).toContain("Kolada-underlaget hämtades 22 november 2026 (test). Nyckeltalen på korten:");
    expect(Array.from(el.querySelectorAll(".overview-freshness li")).map((li) => li.textContent)).toEqual([
      `Börjat arbeta eller studera (U40455): värden för 2016–2023 i underlaget. ${PUBLICATION_UNKNOWN}.`,
      `Nettokostnad arbetsmarknadsåtgärder (N40011): inga värden i underlaget ännu. ${PUBLICATION_UNKNOWN}.`,
      `Deltagare 24 år eller yngre (U40811): inga värden i underlaget ännu. ${PUBLICATION_UNKNOWN}.`
    ]);
    expect(el.textContent).toContain("Koladas metadata om när nästa år publiceras följer med nästa uppdatering av underlaget.");
    expect(el.querySelector("summary")!.textContent).toBe(`Alla ${KPIS.length} nyckeltal i underlaget`);
    expect(el.querySelectorAll("tbody tr")).toHaveLength(KPIS.length);
  });
  test("snapshotInfo reads the committed snapshot: its date and the years of U40455 (real data)", () => {
    const s = snapshotInfo();
    expect(s.snapshot_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(s.fetched_at.startsWith(s.snapshot_date)).toBe(true);
    expect(s.years_per_kpi.U40455).toEqual({from: 2016, to: 2023});
    expect(s.rows_per_kpi.U40455).toBeGreaterThan(0);
  });
});
