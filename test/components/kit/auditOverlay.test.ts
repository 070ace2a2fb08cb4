// @vitest-environment jsdom
// auditOverlay: an audit report's printed figures over Kolada's series, one panel per area, the
// status of each figure by its symbol's shape. Values synthetic (shaped like Östersund 2019 and
// Alingsås 2023).
import {describe, expect, test} from "vitest";
import {auditOverlay, STATUS_SYMBOLS, type OverlayPoint} from "../../../components/kit/auditOverlay.js";
import {tableOf} from "../../../components/kit/chartKit.js";

const point = (over: Partial<OverlayPoint>): OverlayPoint => ({
  report: "ostersund-2022",
  figures: "F82",
  area: "2380",
  areaPrinted: "Östersunds kommun",
  year: 2019,
  value: 42,
  printed: "42",
  status: "matches",
  koladaValue: 41.9,
  lines: [[502, 502]],
  note: null,
  ...over
});

describe("auditOverlay", () => {
  const points = [
    point({}),
    point({
      figures: "F85",
      area: "G2328",
      areaPrinted: "Alla kommuner (ovägt medel)",
      status: "not_in_snapshot",
      koladaValue: null,
      lines: [[503, 503]]
    }),
    point({
      report: "alingsas-2024",
      figures: "F03+F04",
      area: "1489",
      areaPrinted: "Alingsås kommun",
      year: 2023,
      value: 20,
      printed: "17 procent + tre procent",
      status: "other_source",
      koladaValue: 19.7,
      lines: [
        [706, 707],
        [706, 707]
      ],
      note: "x"
    })
  ];
  const kolada = [
    {area: "2380", year: 2019, value: 41.9},
    {area: "2380", year: 2020, value: null},
    {area: "1489", year: 2023, value: 19.7}
  ];
  test("one panel per area, shape by status, table with status words, empty state outside the years", () => {
    const el = auditOverlay(points, kolada, {
      title: "Börjat arbeta eller studera",
      unit: "procent",
      from: 2016,
      to: 2023,
      width: 700
    });
    const svgs = el.querySelectorAll("svg");
    expect(svgs.length).toBe(3);
    expect(svgs[0].getAttribute("aria-label")).toMatch(/Östersund/);
    expect(Array.from(el.querySelectorAll(".audit-overlay-title")).map((p) => p.textContent)).toEqual([
      "Östersund, andel (%)",
      "Alla kommuner (ovägt medel), andel (%)",
      "Alingsås, andel (%)"
    ]);
    expect(Array.from(svgs[0].querySelectorAll("text")).map((t) => t.textContent)).toContain("42");
    expect(svgs[0].getAttribute("aria-description")).toMatch(/Rapporten 2019: 42\u00a0% \(stämmer med Kolada\)\. Kolada: 2019 41,9\u00a0%/);
    expect(svgs[1].getAttribute("aria-description")).toMatch(/Kolada: inga värden i ögonblicksbilden/);
    expect(el.querySelectorAll("g[aria-label]").length).toBe(0);
    expect(el.textContent).toContain(`${STATUS_SYMBOLS.matches.glyph} Rapportens siffra, stämmer med Kolada`);
    expect(el.textContent).toContain(`${STATUS_SYMBOLS.not_in_snapshot.glyph} Rapportens siffra, saknas i ögonblicksbilden av Kolada`);
    expect(el.textContent).toContain(STATUS_SYMBOLS.other_source.glyph);
    expect(el.textContent).not.toContain(STATUS_SYMBOLS.revised.glyph);
    const table = tableOf(el)!;
    // A figure from another source is not compared: its row shows no Kolada value.
    expect(table.rows.map((r) => [r.ar, r.rapportvarde, r.kolada, r.rader])).toEqual([
      [2019, 42, 41.9, "502"],
      [2019, 42, null, "503"],
      [2023, 20, null, "706–707, 706–707"]
    ]);
    expect(table.rows.map((r) => r.status)).toEqual(["stämmer med Kolada", "saknas i ögonblicksbilden av Kolada", "annan källa än Kolada"]);
    const narrow = auditOverlay(points, kolada, {title: "X", unit: "procent", from: 2016, to: 2020});
    expect(narrow.querySelectorAll("svg").length).toBe(2);
    expect(narrow.textContent).toContain("Utanför de valda åren och därför inte visade: Alingsås kommun 2023.");
    const none = auditOverlay(points, kolada, {title: "X", unit: "procent", from: 2016, to: 2017});
    expect(none.className).toBe("chart-empty");
    expect(none.textContent).toBe("Inga siffror ur granskningarna för 2016–2017 bland de valda kommunerna.");
  });
});
