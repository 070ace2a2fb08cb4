// Kostnad per invånare: what the page shows (src/kostnad-per-invanare.md). Its analysis tables
// (model/tables/cost.ts, loaders/analysis/cost.ts) and its sections (components/sections/kostnad/)
// read this list, so no KPI id is typed into the page or its sections.
import {kpiOf} from "../catalogue.js";

/** A verksamhet the reader can choose: its two KPIs, shown one chart each, in this order. */
export interface Verksamhet {
  /** Value in the link (`verksamhet=…`, stable: it appears in shared URLs). */
  value: string;
  label: string;
  kpis: readonly string[];
}

export const KOSTNAD = {
  /**
   * Which costs the page follows: per verksamhet the nettokostnad and the (brutto)kostnad; for
   * ekonomiskt bistånd the amount paid and the share of adults receiving it.
   */
  verksamheter: [
    {value: "arbetsmarknad", label: "Arbetsmarknadsåtgärder", kpis: ["N40011", "N40008"]},
    {value: "flykting", label: "Flyktingmottagande", kpis: ["N40010", "N40007"]},
    {value: "ifo", label: "Individ- och familjeomsorg", kpis: ["N30005", "N30101"]},
    {value: "bistand", label: "Ekonomiskt bistånd", kpis: ["N31002", "N31825"]}
  ] as readonly Verksamhet[],
  defaultVerksamhet: "arbetsmarknad",
  /** The page's own link parameters beside the frame's (stable: they appear in shared URLs). */
  params: {verksamhet: "verksamhet", prices: "priser"},
  /** The price choice: as published, or fixed prices via the prisbasbelopp series (base year: the frame's `prisar`). */
  prices: {
    label: "Prisnivå",
    choices: [
      {value: "lopande", label: "Löpande priser (som i Kolada)"},
      {value: "fasta", label: "Fasta priser (omräknade med prisbasbeloppet)"}
    ],
    defaultValue: "lopande",
    fixed: "fasta"
  },
  /** A note under a KPI's chart, where the KPI needs one. */
  notes: {N31825: "Andel av befolkningen 18 år och äldre, totalt (inte uppdelat på kön här)."} as Readonly<Record<string, string>>,
  /** Nettokostnad per deltagare = cost (kr/inv) × inhabitants / participants, and how a report's sentence names each part. */
  perParticipant: {
    cost: "N40011",
    inhabitants: "N01951",
    participants: "U40800",
    nouns: {N40011: "nettokostnaden", N01951: "antalet invånare", U40800: "antalet deltagare"} as Readonly<Record<string, string>>
  },
  /** Cost against result among all kommuner (both headline KPIs, kept for every kommun). */
  scatter: {cost: "N40011", result: "U40455"},
  /**
   * The audits' printed tables the page features, by KPI: every report that printed a table of
   * this KPI gets its chart and its check against Kolada (so its figures are not repeated as a
   * fallback chart under the KPI's own chart). `noun` names the table's values in a sentence.
   */
  auditTable: {kpi: "N40011", noun: "nettokostnaden per invånare", subject: "nettokostnad", file: "nettokostnad"},
  /** The wording after a report figure chart's KPI id (its values are as printed: current prices). */
  reportFigureNote: "löpande priser"
} as const;

/** Every KPI of the verksamheter, in order. */
export const VERKSAMHET_KPIS: readonly string[] = KOSTNAD.verksamheter.flatMap((v) => v.kpis);

/** The verksamheter's costs per inhabitant: the KPIs shown in fixed prices too (model/tables/cost.ts). */
export const COST_KPIS: readonly string[] = VERKSAMHET_KPIS.filter((id) => kpiOf(id).unit === "kr/inv");

/** The parts of nettokostnad per deltagare, in the order of the formula. */
export const PER_PARTICIPANT_KPIS: readonly string[] = [KOSTNAD.perParticipant.cost, KOSTNAD.perParticipant.inhabitants, KOSTNAD.perParticipant.participants];

/** The frame's KPIs: kön is not offered, since the page shows totalt only (costs are not divided by gender; N31825 is shown for totalt). */
export const KOSTNAD_FRAME_KPIS: readonly string[] = VERKSAMHET_KPIS.filter((id) => !kpiOf(id).genderDivided);

/** Every KPI whose printed report figures the page can show (model/tables/auditKpiFigures.ts). */
export const KOSTNAD_REPORT_KPIS: readonly string[] = [...new Set([...VERKSAMHET_KPIS, ...PER_PARTICIPANT_KPIS])];

/** Every KPI the page shows (the snapshot notice at the top says which of them the snapshot holds). */
export const KOSTNAD_KPIS: readonly string[] = [...new Set([...KOSTNAD_REPORT_KPIS, KOSTNAD.scatter.cost, KOSTNAD.scatter.result])];
