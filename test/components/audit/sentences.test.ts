// The audit pages' Swedish sentences, on synthetic rows with known wording.
import {describe, expect, test} from "vitest";
import {formatYears} from "../../../components/kit/wording.js";

import {
  assessmentSummary,
  auditedSentence,
  comparisonIntro,
  crossCheckLine,
  dateText,
  figuresSummary,
  followUpIntro,
  followUpMissing,
  followUpSentence,
  lackingSentence,
  lostSummary,
  recommendationSummary,
  relatedSentence,
  theKommuner,
  titleSentence
} from "../../../components/audit/sentences.js";
import type {RowOf} from "../../../model/table.js";
import type {reportMeta} from "../../../model/tables/reports.js";
import {SCALES, type FigureStatus} from "../../../model/vocabulary.js";

const meta = (over: Partial<RowOf<typeof reportMeta>> = {}): RowOf<typeof reportMeta> => ({
  report: "ort-2020",
  kommun: "0764",
  kommun_name: "Alvesta",
  document: "rapport",
  title: "Granskning av X",
  auditor: "Byrån AB",
  authors: null,
  client: "Revisorerna",
  date: "2020-03-05",
  date_precision: "day",
  date_line_from: 1,
  date_line_to: 1,
  audited_bodies: "Kommunstyrelsen; Socialnämnden",
  purpose: null,
  purpose_line_from: null,
  purpose_line_to: null,
  conclusion: "Slutsats.",
  conclusion_line_from: 2,
  conclusion_line_to: 3,
  source_file: "x.txt",
  source_sha256: "0".repeat(64),
  source_lines: 10,
  related: null,
  note: null,
  figures: 0,
  lost: 0,
  assessments: 0,
  recommendations: 0,
  ...over
});

describe("who audited what", () => {
  test("the auditor, the bodies in lower case, the client, the date by its precision, the signatories", () => {
    expect(auditedSentence(meta(), {named: true})).toBe(
      "Byrån AB granskade kommunstyrelsen och socialnämnden i Alvesta. Uppdragsgivare: Revisorerna. Rapporten är daterad 5 mars 2020."
    );
    expect(auditedSentence(meta({authors: "A B; C D"}), {named: false})).toBe(
      "Granskaren (som inte namnges i texten) granskade kommunstyrelsen och socialnämnden i Alvesta. Uppdragsgivare: Revisorerna. Rapporten är daterad 5 mars 2020 och undertecknad av A B och C D."
    );
    expect(dateText({date: "2022", date_precision: "year"})).toBe("år 2022");
    expect(dateText({date: "2022-05", date_precision: "month"})).toBe("2022-05");
  });

  test("a printed title is quoted; without one the report's own description is said to be that", () => {
    expect(titleSentence({title: "Granskning av X"}, true)).toBe("Rapportens titel: ”Granskning av X”.");
    expect(titleSentence({title: "[Fördjupad granskning]"}, false)).toBe("Rapporten saknar tryckt titel; den beskriver sig som ”Fördjupad granskning”.");
  });
});

describe("summaries", () => {
  test("assessments: the counts per scale, without a judgement said so, and the contradictions", () => {
    const a = (id: string, scale: string, contradictory = false) => ({id, scale, contradictory});
    expect(assessmentSummary([a("A1", "ja"), a("A2", "delvis"), a("A3", "delvis", true), a("A4", "ingen bedömning")], SCALES)).toBe(
      "Rapporten prövar 4 frågor: 1 ”ja”, 2 ”delvis” och 1 utan bedömning. I 1 fråga (A3) motsäger rapporten sig själv; båda läsningarna visas."
    );
    expect(assessmentSummary([a("A1", "nej")], SCALES)).toBe("Rapporten prövar 1 fråga: 1 ”nej”. Rapporten motsäger sig inte själv i någon bedömning.");
    expect(assessmentSummary([], SCALES)).toBe("Rapporten innehåller inga frågor med egna bedömningar.");
  });

  test("recommendations: how many, to how many, and those a missiv repeats", () => {
    const own = [{addressee: "Kommunstyrelsen"}, {addressee: "Kommunstyrelsen"}, {addressee: "Socialnämnden"}];
    expect(recommendationSummary(own, [], () => "missiv")).toBe("Rapporten ger 3 rekommendationer till 2 mottagare.");
    const repeats = [
      {report: "m", repeats: "r#R1"},
      {report: "m", repeats: "r#R2"}
    ];
    expect(recommendationSummary(own, repeats, () => "missiv")).toBe(
      "Rapporten ger 3 rekommendationer till 2 mottagare. 2 av dem upprepas ordagrant i revisorernas missiv och visas här en gång, med en länk."
    );
    expect(recommendationSummary([], [], () => "missiv")).toBe("Rapporten ger inga formella rekommendationer.");
  });

  test("the missiv: title, sender, date, signatories, what it repeats and whether the conclusion is the report's", () => {
    const missiv = meta({
      document: "missiv",
      title: "Granskning av X",
      client: "Revisorerna",
      date: "2022-09-27",
      authors: "A; B"
    });
    expect(relatedSentence(missiv, {conclusion: "Slutsats."}, [{repeats: "r#R1"}, {repeats: "r#R3"}], [])).toBe(
      "Missivet ”Granskning av X” (avsändare: Revisorerna) är daterat 27 september 2022 och undertecknat av A och B. Det upprepar 2 rekommendationer ur rapporten ordagrant (R1 och R3) och ger inga egna; den samlade bedömningen återges ordagrant."
    );
    expect(relatedSentence(meta({document: "missiv", conclusion: null}), {conclusion: "Slutsats."}, [{repeats: "r#R1"}], [{}])).toBe(
      "Missivet ”Granskning av X” (avsändare: Revisorerna) är daterat 5 mars 2020. Det upprepar 1 rekommendation ur rapporten ordagrant (R1) och ger 1 egen rekommendation."
    );
  });

  test("figures: the total, the compared ones by outcome, the others by reason", () => {
    const counts: Partial<Record<FigureStatus, number>> = {
      matches: 4,
      not_in_snapshot: 63,
      target: 1,
      missing: 24,
      no_kpi: 21
    };
    const count = (s: FigureStatus) => counts[s] ?? 0;
    expect(figuresSummary(113, 67, count)).toBe(
      "Rapporten redovisar 113 siffror. 67 av dem är uppmätta värden för ett nyckeltal i Kolada. Jämfört med Kolada i dag, med den noggrannhet rapporten tryckte: " +
        "4 stämmer, 0 har reviderats och 63 saknas i den inbäddade ögonblicksbilden av Kolada (en datauppdatering fyller i dem). Inte jämförda: 1 målvärden, 24 tomma celler och 21 utan motsvarande nyckeltal i Kolada."
    );
    expect(figuresSummary(3, 0, (s) => (s === "target" ? 2 : s === "estimate" ? 1 : 0))).toBe(
      "Rapporten redovisar 3 siffror. Ingen av dem är ett uppmätt värde för ett nyckeltal i Kolada, så ingen kan jämföras med Kolada. Inte jämförda: 2 målvärden och 1 uppskattningar."
    );
    expect(figuresSummary(0, 0, () => 0)).toBe("Rapporten redovisar inga siffror i tabeller eller löptext som kunnat föras över.");
    expect(
      crossCheckLine("U40455", "Resultat", [
        {status: "matches", figures: 4},
        {status: "not_in_snapshot", figures: 7}
      ])
    ).toBe("Resultat (U40455): 4 stämmer med Kolada och 7 saknas i ögonblicksbilden av Kolada.");
  });

  test("lost tables and charts", () => {
    expect(lostSummary([])).toBe("Inga tabeller eller diagram i rapporten förlorade sina värden när den omvandlades till text.");
    expect(lostSummary([{kind: "chart"}, {kind: "chart"}])).toMatch(/^2 diagram i rapporten förlorade sina värden/);
    expect(lostSummary([{kind: "table"}, {kind: "chart"}])).toMatch(/^1 tabell och 1 diagram i rapporten/);
  });
});

describe("the follow-up since the audit", () => {
  test("year ranges and the missing-data sentence", () => {
    expect(formatYears([2019, 2020, 2021, 2023])).toBe("2019–2021 och 2023");
    expect(formatYears([2024])).toBe("2024");
    expect(formatYears([2016, 2018, 2019, 2022])).toBe("2016, 2018–2019 och 2022");
    expect(followUpMissing("Alvesta", [2024, 2025], "nettokostnad")).toBe(
      "Uppgift saknas i ögonblicksbilden för Alvesta 2024–2025 (nettokostnad); en datauppdatering fyller i resten."
    );
    expect(followUpMissing("Alvesta", [], "nettokostnad")).toBeNull();
  });

  test("the intro names the KPIs and the years followed", () => {
    expect(followUpIntro("Östersund", 2022, 2025, ["Börjat arbeta eller studera", "Deltagare, antal"], "Därför.")).toBe(
      "Sidan följer 2 nyckeltal i Östersund från granskningsåret 2022 till 2025: ”börjat arbeta eller studera” och ”deltagare, antal”. Därför."
    );
    expect(followUpIntro("Östersund", 2022, 2025, [], null)).toBe("Inga nyckeltal är valda för den här granskningen.");
  });

  test("first and last value since the audit, with the mean of all kommuner in the last year", () => {
    const p = (period: number, value: number | null, mean: number | null) => ({period, value, mean});
    expect(followUpSentence("Östersund", "Börjat arbeta eller studera", "procent", 2022, [p(2022, 46.12, 44.26), p(2023, null, 39.7)], true)).toBe(
      "I Östersund var värdet för ”börjat arbeta eller studera” 46,1\u00a0% år 2022; alla kommuners ovägda medel var 44,3\u00a0% år 2022."
    );
    expect(followUpSentence("Ort", "Andel", "procent", 2021, [p(2021, 30, null), p(2022, 31, null)], true)).toBe(
      "I Ort var värdet för ”andel” 30\u00a0% år 2021 och 31\u00a0% år 2022."
    );
    expect(followUpSentence("Alingsås", "Andel", "procent", 2024, [p(2022, 31.9, 44.3), p(2023, 19.7, 39.7), p(2024, null, null)], false)).toBe(
      "Kolada har ännu inga värden för Alingsås från granskningsåret 2024. Senaste värdet före granskningen: 19,7\u00a0% år 2023; alla kommuners ovägda medel var 39,7\u00a0% samma år."
    );
    expect(followUpSentence("Ort", "Andel", "procent", 2024, [p(2024, null, 3)], true)).toBeNull();
  });
});

describe("the comparison", () => {
  test("the kommuner in words, the intro and the lacking count", () => {
    expect(theKommuner(4)).toBe("de fyra kommunerna");
    expect(theKommuner(1)).toBe("kommunen");
    expect(theKommuner(20)).toBe("de 20 kommunerna");
    expect(
      comparisonIntro(
        [
          {name: "A 2022", year: 2022},
          {name: "B 2018", year: 2018}
        ],
        12,
        6
      )
    ).toBe("2 granskningar från 2018–2022 (A 2022 och B 2018) prövar tillsammans 12 frågor. Frågorna är sorterade i 6 teman.");
    expect(lackingSentence(2, ["A 2022"], [])).toBe(
      "1 av 2 granskningar fann brister i uppföljningen av resultat eller kostnader (bedömningen ”delvis” eller ”nej” på minst en fråga om uppföljning av resultat eller av kostnader): A 2022. Uppföljningen av kostnader prövades i 0 granskningar."
    );
    expect(lackingSentence(1, [], ["A 2022"])).toMatch(
      /^0 av 1 granskningar fann brister .*kostnader\)\. Uppföljningen av kostnader prövades i 1 granskning \(A 2022\)\.$/
    );
  });
});
