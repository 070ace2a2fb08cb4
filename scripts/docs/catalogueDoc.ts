// docs/catalogue.md, generated from model/catalogue.ts: the kommuner, reference areas and KPIs the
// site follows, with the facts the pages use (unit, direction of "better", years, series breaks).
import {CITED_KPIS, KOMMUNER, KPIS, REFERENCES, SERIES_BREAKS, THEMES, YEARS} from "../../model/catalogue.js";

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
    "A kommun's size group and SKR kommungrupp are not declared here: they are Kolada's memberships,",
    "held in the snapshot (`data/kolada/metadata.json`, areas of type G), served as `kommun_groups`",
    "and read by the build (`loaders/kolada/groups.ts`) and the pages. A snapshot whose memberships",
    "put a catalogue kommun in no size group stops the build.",
    "",
    "| id | name | colour | symbol |",
    "|---|---|---|---|"
  ];
  for (const m of KOMMUNER) lines.push(`| ${m.id} | ${m.name} | \`${m.color}\` | ${m.symbol} |`);
  lines.push(
    "",
    "## Reference areas",
    "",
    "Every kommun is compared with these; besides them, with its own size group (from the memberships, above).",
    "",
    "| id | name | kind |",
    "|---|---|---|"
  );
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
