// Builders for the inputs' row types in unit tests. Every value they make is SYNTHETIC.
import type {KoladaRow} from "../../loaders/kolada/types.js";
import type {ReportFigure} from "../../loaders/reports/figures.js";

/** A Kolada value (gender T unless given; no count or status). */
export const koladaRow = (kpi: string, municipality: string, period: number, value: number | null, gender: KoladaRow["gender"] = "T"): KoladaRow => ({
  kpi,
  municipality,
  period,
  gender,
  value,
  count: null,
  status: null
});

/** A report figure shaped like the Östersund audit's table T2 (U40455, 2019, 42 %), with `over` applied. */
export const reportFigure = (over: Partial<ReportFigure> = {}): ReportFigure => ({
  report: "ostersund-2022",
  id: "F82",
  table: "T2",
  indicator: "Resultat",
  kpi: "U40455",
  kpiMatch: "title",
  unit: "procent",
  area: "Östersunds kommun",
  areaId: "2380",
  year: 2019,
  value: 42,
  printed: "42",
  kind: "observed",
  lineFrom: 502,
  lineTo: 502,
  note: null,
  contradictory: false,
  repeats: null,
  beside: null,
  fileLine: 2,
  ...over
});
