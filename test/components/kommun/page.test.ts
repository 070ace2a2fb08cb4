// @vitest-environment jsdom
// SYNTHETIC values (test data only): the table of a kommun page's other KPIs.
import {describe, expect, test} from "vitest";
import {kommunOthers} from "../../../components/kommun/page.js";
import type {KommunPageData} from "../../../model/pages/kommun.js";

const kpi = (id: string, label: string, unit: "procent" | "kr/inv" | "antal") => ({id, label, title: label, unit});

function data(others: KommunPageData["others"], othersMissing: string[] = []): KommunPageData {
  return {
    id: "1487",
    name: "Vänersborg",
    fetchedAt: "2026-11-22T10:00:00Z",
    headline: {id: "U40455", label: "Började arbeta eller studera", title: "Resultat vid avslut", unit: "procent", direction: "higher"},
    points: [],
    places: [],
    comparisons: [],
    peers: [],
    skr: null,
    population: null,
    others,
    othersMissing,
    audits: [],
    dashboards: []
  };
}

describe("kommunOthers: the other KPIs in two columns that fit a phone", () => {
  const rows: KommunPageData["others"] = [
    {
      kpi: kpi("N40011", "Nettokostnad arbetsmarknadsåtgärder", "kr/inv"),
      points: [
        {year: 2016, value: 282},
        {year: 2017, value: null},
        {year: 2024, value: 110}
      ]
    },
    {kpi: kpi("N01951", "Invånare", "antal"), points: [{year: 2024, value: 30914}]},
    {kpi: kpi("U40407", "Börjat arbeta, antal", "antal"), points: [{year: 2023, value: 12}]}
  ];

  test("a row: the name with its small trend, then the latest value with its year and where the series started", () => {
    const section = kommunOthers(data(rows));
    const table = section.querySelector("table.kommun-kpis")!;
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Nyckeltal och utveckling", "Senaste värde (år)"]);
    const [cost, people, started] = [...table.querySelectorAll("tbody tr")];
    expect(cost.querySelector("th")!.textContent).toBe("Nettokostnad arbetsmarknadsåtgärder");
    expect(cost.querySelector("th svg.kommun-spark")!.getAttribute("aria-hidden")).toBe("true");
    expect(cost.querySelector("td")!.textContent).toBe("110\u00a0kr/inv (2024) från 282\u00a0kr/inv (2016)");
    // a count's name says its unit once; a series of one year has no "från"
    expect(people.querySelector("th")!.textContent).toBe("Invånare (antal)");
    expect(people.querySelector("td")!.textContent).toBe("30\u00a0914 (2024)");
    expect(started.querySelector("th")!.textContent).toBe("Börjat arbeta, antal");
  });

  test("the table sits in a focusable region named by its caption; the source names every KPI", () => {
    const section = kommunOthers(data(rows));
    const region = section.querySelector("table.kommun-kpis")!.parentElement!;
    expect(region.getAttribute("role")).toBe("region");
    expect(region.tabIndex).toBe(0);
    expect(region.getAttribute("aria-label")).toBe(section.querySelector("caption")!.textContent);
    expect(section.querySelector("p.source")!.textContent).toContain("N40011, N01951 och U40407");
  });

  test("without any other KPI: no table, one line for the missing ones", () => {
    const section = kommunOthers(data([], ["Nettokostnad arbetsmarknadsåtgärder", "Invånare"]));
    expect(section.querySelector("table")).toBeNull();
    expect(section.querySelectorAll("p.kit-missing")).toHaveLength(1);
    expect(section.querySelector("p.kit-missing")!.textContent).toContain("Sajtens övriga 2 nyckeltalen för Vänersborg");
  });
});
