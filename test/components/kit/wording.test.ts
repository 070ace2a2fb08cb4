// Swedish wording (components/kit/wording.ts), with the awkward cases: names ending in s, x or z,
// "Riket", acronyms, one year, gaps in years, one and many.
import {describe, expect, test} from "vitest";
import {
  formatList,
  formatYearRange,
  formatYears,
  genitive,
  inSentence,
  kpiDefinition,
  lineRange,
  lineRanges,
  linesText,
  plural,
  reportWords,
  sentenceStart,
  yearRuns
} from "../../../components/kit/wording.js";
import {missingWhere, MISSING_HERE} from "../../../components/kit/wording.js";

describe("words inside a sentence", () => {
  test("an ordinary capitalised first word is lowered; acronyms, ids and mixed case stay", () => {
    expect(inSentence("Alla kommuner (ovägt medel)")).toBe("alla kommuner (ovägt medel)");
    expect(inSentence("Riket")).toBe("riket");
    expect(inSentence("Revisionskontoret")).toBe("revisionskontoret");
    expect(inSentence("Börjat arbeta eller studera")).toBe("börjat arbeta eller studera");
    expect(inSentence("Deltagare, antal")).toBe("deltagare, antal");
    expect(inSentence("Ålder")).toBe("ålder");
    expect(inSentence("KPMG")).toBe("KPMG");
    expect(inSentence("PwC")).toBe("PwC");
    expect(inSentence("U40455 i Kolada")).toBe("U40455 i Kolada");
    expect(inSentence("")).toBe("");
    expect(sentenceStart("börjat arbeta")).toBe("Börjat arbeta");
  });

  test("the genitive: an s, except after s, x or z", () => {
    expect(["Vänersborg", "Alingsås", "Östersund", "Alvesta", "Riket", "Halmstad"].map(genitive)).toEqual([
      "Vänersborgs",
      "Alingsås",
      "Östersunds",
      "Alvestas",
      "Rikets",
      "Halmstads"
    ]);
    expect(["Bräcke-Lax", "Ruz", "Motala"].map(genitive)).toEqual(["Bräcke-Lax", "Ruz", "Motalas"]);
  });

  test("counts with their noun, lists", () => {
    expect(plural(1, "tabell", "tabeller")).toBe("1 tabell");
    expect(plural(0, "fråga", "frågor")).toBe("0 frågor");
    expect(plural(1200, "rad", "rader")).toBe("1\u00a0200 rader");
    expect(formatList([])).toBe("");
    expect(formatList(["a"])).toBe("a");
    expect(formatList(["a", "b"])).toBe("a och b");
    expect(formatList(["a", "b", "c"], "eller")).toBe("a, b eller c");
  });

  test("years: one year, a span, gaps", () => {
    expect(formatYearRange(2023, 2023)).toBe("2023");
    expect(formatYearRange(2016, 2023)).toBe("2016–2023");
    expect(yearRuns([2021, 2016, 2019, 2020, 2020])).toEqual([
      [2016, 2016],
      [2019, 2021]
    ]);
    expect(formatYears([2016, 2019, 2020, 2021])).toBe("2016 och 2019–2021");
    expect(formatYears([2016, 2018, 2020])).toBe("2016, 2018 och 2020");
    expect(formatYears([])).toBe("");
  });

  test("line references", () => {
    expect(lineRange(12)).toBe("12");
    expect(lineRange(12, 14)).toBe("12–14");
    expect(linesText(12, null)).toBe("rad 12");
    expect(linesText(12, 12)).toBe("rad 12");
    expect(linesText(12, 14)).toBe("rader 12–14");
    expect(linesText(null, null)).toBe("");
    expect(
      lineRanges([
        [706, 707],
        [502, 502]
      ])
    ).toBe("706–707, 502");
  });
});

describe("a report's names", () => {
  const ostersund = {kommun_name: "Östersund", year: 2022, auditor: "Revisionskontoret"};
  test("title, subject, document, credit, auditor", () => {
    expect(reportWords.title(ostersund)).toBe("Östersunds granskning 2022");
    expect(reportWords.subject({kommun_name: "Alingsås", year: 2024})).toBe("Granskningen i Alingsås 2024");
    expect(reportWords.document({kommun_name: "Alingsås"})).toBe("Alingsås rapport");
    expect(reportWords.credit(ostersund)).toBe("Östersunds kommun, revisionskontoret (2022)");
    expect(reportWords.credit({kommun_name: "Vänersborg", auditor: "KPMG", year: 2022})).toBe("Vänersborgs kommun, KPMG (2022)");
    expect(reportWords.credit({kommun_name: "Alingsås", auditor: "PwC", year: 2024})).toBe("Alingsås kommun, PwC (2024)");
    expect(reportWords.auditor("Alvesta 2018", "[not named]", false)).toBe("Alvesta 2018 (granskaren namnges inte)");
    expect(reportWords.auditor("Vänersborg 2022", "KPMG AB", true)).toBe("Vänersborg 2022 (KPMG AB)");
  });
});

describe("a KPI's definition", () => {
  test("Kolada's description where the snapshot has it, else Kolada's title", () => {
    const rows = [
      {id: "U40455", title: "Deltagare som börjat arbeta", description: "Antal deltagare som …"},
      {id: "N40011", title: "Nettokostnad arbetsmarknadsåtgärder, kr/inv", description: null}
    ];
    expect(kpiDefinition(rows, "U40455")).toEqual({id: "U40455", title: "Börjat arbeta eller studera", text: "Antal deltagare som …"});
    expect(kpiDefinition(rows, "N40011").text).toBe("Koladas titel: Nettokostnad arbetsmarknadsåtgärder, kr/inv.");
    expect(kpiDefinition([], "N40011").text).toMatch(/^Koladas titel: .+\.$/);
  });
});

describe("missingWhere: what the snapshot lacks, or what Kolada lacks", () => {
  test("no row: the snapshot lacks it; a row without a value: a refresh found Kolada without it", () => {
    expect(missingWhere(undefined)).toBe("saknas i ögonblicksbilden");
    expect(missingWhere({value: null})).toBe("saknas i Kolada");
    expect(MISSING_HERE).toBe("saknas i ögonblicksbilden");
  });
});
