// The audits' order and names, from the report metadata alone (synthetic reports).
import {describe, expect, test} from "vitest";
import {auditOrder, type AuditOrderInput} from "../../../loaders/reports/auditOrder.js";
import {KOMMUNER} from "../../../model/catalogue.js";

const meta = (report: string, kommun: string, date: string, document = "rapport"): AuditOrderInput => ({
  report,
  kommun,
  kommun_name: `Kommun ${kommun}`,
  document,
  date
});

describe("auditOrder", () => {
  test("the catalogue's kommun order, other kommuner last; then date, then id; a missiv has no page", () => {
    const audits = auditOrder([
      meta("x-2020", "9999", "2020-01-01"),
      meta("b-2021", KOMMUNER[1].id, "2021"),
      meta("a-2019b", KOMMUNER[0].id, "2019-05"),
      meta("a-2019a", KOMMUNER[0].id, "2019-05"),
      meta("a-2018", KOMMUNER[0].id, "2018-12-31"),
      meta("a-2019-missiv", KOMMUNER[0].id, "2019-06", "missiv")
    ]);
    expect(audits.map((a) => [a.report, a.order])).toEqual([
      ["a-2018", 1],
      ["a-2019a", 2],
      ["a-2019b", 3],
      ["b-2021", 4],
      ["x-2020", 5]
    ]);
  });

  test("named kommun + year, the year a number; the kommun kept", () => {
    expect(auditOrder([meta("b-2021", KOMMUNER[1].id, "2021")])).toEqual([
      {report: "b-2021", kommun: KOMMUNER[1].id, order: 1, name: `Kommun ${KOMMUNER[1].id} 2021`, year: 2021}
    ]);
  });

  test("no reports, no audits; the input is left as it was", () => {
    expect(auditOrder([])).toEqual([]);
    const input = [meta("b", "9999", "2021"), meta("a", "9999", "2020")];
    auditOrder(input);
    expect(input.map((m) => m.report)).toEqual(["b", "a"]);
  });
});
