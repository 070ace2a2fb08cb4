// docs/catalogue.md, generated from model/catalogue.ts: the kommuner, reference areas and KPIs the
// site follows, with the facts the pages use (unit, direction of "better", years, series breaks).
import {CITED_KPIS, KOMMUNER, KPIS, REFERENCES, SERIES_BREAKS, THEMES, YEARS, areaName} from "../../model/catalogue.js";

const DIRECTION_TEXT = {higher: "higher is better", lower: "lower is better", neutral: "neither"} as const;

export function renderCatalogue(): string {
  const lines: string[] = [
    "# Catalogue",
    "",
    "<!-- Generated from model/catalogue.ts by `npm run docs`; do not edit by hand. -->",
    "",
    `What the site follows in Kolada, years ${YEARS.from}–${YEARS.to}. Labels are the site's own Swedish wording; titles are Kolada's.`,
    "To add a kommun or a KPI, add one line to `model/catalogue.ts` (see the README's recipes).",
    "",
    "## Kommuner",
    "",
    "| id | name | size group | colour | symbol |",
    "|---|---|---|---|---|"
  ];
  for (const m of KOMMUNER) lines.push(`| ${m.id} | ${m.name} | ${areaName(m.sizeGroup)} (\`${m.sizeGroup}\`) | \`${m.color}\` | ${m.symbol} |`);
  lines.push("", "## Reference areas", "", "| id | name | kind |", "|---|---|---|");
  for (const r of REFERENCES) lines.push(`| \`${r.id}\` | ${r.name} | ${r.kind} |`);
  for (const t of THEMES) {
    lines.push("", `## KPIs: ${t.label}`, "", "| id | label | unit | gender | headline | better | years | Kolada title |", "|---|---|---|---|---|---|---|---|");
    for (const k of KPIS.filter((x) => x.theme === t.id)) {
      const years = `${k.years?.from ?? YEARS.from}–${k.years?.to ?? YEARS.to}`;
      lines.push(`| \`${k.id}\` | ${k.label} | ${k.unit} | ${k.genderDivided ? "T, K, M" : "T"} | ${k.headline ? "yes" : ""} | ${DIRECTION_TEXT[k.direction]} | ${years} | ${k.title} |`);
    }
  }
  lines.push("", "## Series breaks", "");
  for (const s of SERIES_BREAKS) lines.push(`- **${s.label}**: ${s.segments.map((g) => g.label).join(" → ")}.`);
  lines.push("", "## Other KPIs the reports cite", "", `Accepted in report data, not followed by the site: ${CITED_KPIS.map((id) => `\`${id}\``).join(", ")}.`);
  return lines.join("\n") + "\n";
}
