// docs/pages.md, generated from the pages themselves: for each page its title, the served tables
// it reads (its FileAttachment paths), the declared lists it imports from model/pages/ and
// model/pageData.ts, and how
// many lines of JavaScript its Markdown holds (issue 13's limit: 60, the /kit gallery aside).
import {readFileSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {PAGE_DATA} from "../../model/pageData.js";
import type {Slice} from "../../model/slices.js";

const SRC = join(PROJECT_ROOT, "src");

export interface PageFacts {
  file: string;
  title: string;
  files: string[];
  lists: string[];
  /** Parts drawn at build time (`<!-- static … -->`). */
  parts: string[];
  jsLines: number;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true})
    .filter((d) => !d.isSymbolicLink() && d.name !== "data")
    .flatMap((d) => (d.isDirectory() ? markdownFiles(join(dir, d.name)) : d.name.endsWith(".md") ? [join(dir, d.name)] : []))
    .sort();
}

/** Non-blank lines inside the page's ```js blocks. */
export function jsLineCount(markdown: string): number {
  let inJs = false;
  let n = 0;
  for (const line of markdown.split("\n")) {
    if (/^```js\b/.test(line)) inJs = true;
    else if (/^```/.test(line)) inJs = false;
    else if (inJs && line.trim()) n++;
  }
  return n;
}

export function pageFacts(file: string): PageFacts {
  const text = readFileSync(file, "utf8");
  // The front matter's title, else the first heading (a kommun page's is a page word: "{{kommun}}").
  const title = /^title:\s*(.+)$/m.exec(text)?.[1].trim() ?? /^# (.+)$/m.exec(text)?.[1].trim() ?? "";
  // A parameterized page's paths name its parameter: `reports/${observable.params.report}/…` → reports/[report]/….
  const files = [...new Set([...text.matchAll(/FileAttachment\((["`])(?:\.\.?\/)data\/([^"`]+)\1\)/g)].map((m) => m[2].replace(/\$\{observable\.params\.(\w+)\}/g, "[$1]")))].sort();
  // The page imports its bundle; its entry (components/pages/<name>.ts) imports the declared lists.
  const bundle = /from "\.\.?\/bundles\/([a-z]+)\.js"/.exec(text)?.[1];
  const entry = bundle ? readFileSync(join(PROJECT_ROOT, "components", "pages", `${bundle}.ts`), "utf8") : "";
  const lists = [...new Set([...entry.matchAll(/from "\.\.\/\.\.\/model\/(pages\/[a-z]+|pageData)\.js"/g)].map((m) => `model/${m[1]}.ts`))].sort();
  const parts = [...text.matchAll(/<!--\s*static\s+([\w/-]+)\s*-->/g)].map((m) => m[1]);
  return {file: relative(PROJECT_ROOT, file), title, files, lists, parts, jsLines: jsLineCount(text)};
}

export function renderPages(): string {
  const lines = [
    "# Pages",
    "",
    "<!-- Generated from src/**/*.md by `npm run docs`; do not edit by hand. -->",
    "",
    "What each page reads. Every number a page shows is a row of one of these served tables (their",
    "columns: [data-model.md](data-model.md)); the page only filters them by the reader's choices and",
    "draws them with the section builders in `components/sections/` and `components/audit/`.",
    "A path under `pages/<page>/` is a dashboard's slice of a served table, as `model/pageData.ts`",
    "declares it: the rows it can draw under any of the reader's choices and the columns it reads; one",
    "marked *on demand* is fetched when a choice first needs it (`loaders/serve/pageSlices.ts`). A part",
    "*drawn at build time* is in the page's HTML as served (`scripts/site/staticParts.ts`), drawn from",
    "the same served tables. The kommun pages (`src/kommun/[kommun].md`, one per kommun of the snapshot,",
    "at `/kommun/<kommunkod>`) and their index are drawn that way from `kpi_ranks`, `group_values`, the",
    "snapshot's rows and memberships, `data/facts/population.csv` and, for the index's map,",
    "`data/geo/kommuner.geojson` (`loaders/analysis/kommunPages.ts`, `components/kommun/`).",
    "",
    "| page | title | served files | drawn at build time | declared lists | js lines |",
    "|---|---|---|---|---|---|"
  ];
  for (const p of markdownFiles(SRC).map(pageFacts)) {
    const files = p.files.map(fileCell).join(", ");
    const parts = p.parts.map((x) => `\`${x}\``).join(", ");
    lines.push(`| \`${p.file}\` | ${p.title} | ${files || "–"} | ${parts || "–"} | ${p.lists.map((l) => `\`${l}\``).join(", ") || "–"} | ${p.jsLines} |`);
  }
  return `${lines.join("\n")}\n`;
}

/** A page slice's served path → its declaration. */
const SLICES = new Map<string, Slice>(PAGE_DATA.flatMap((p) => Object.entries(p.slices).map(([key, s]) => [`pages/${p.page}/${key}.arrow`, s] as const)));

/** How a slice is cut: "kpi_ranks, kpi U40455, gender T", "without price_year (tomt)", "5 columns". */
function sliceText(s: Slice): string {
  const values = (v: readonly unknown[]) => v.map((x) => (x === null ? "(tomt)" : String(x))).join(", ");
  const parts = [
    ...Object.entries(s.where).map(([c, v]) => `${c} ${values(v)}`),
    ...Object.entries(s.except).map(([c, v]) => `${c} not ${values(v)}`),
    Object.keys(s.table.columns).length < Object.keys(s.from.columns).length ? `columns ${Object.keys(s.table.columns).join(", ")}` : "",
    s.when === "demand" ? "*on demand*" : ""
  ].filter(Boolean);
  return parts.length ? ` (${parts.join("; ")})` : "";
}

function fileCell(f: string): string {
  const slice = SLICES.get(f);
  if (slice) return `\`${f}\` ← [\`${slice.from.name}\`](data-model.md#${slice.from.name})${sliceText(slice)}`;
  return f.endsWith(".arrow") ? `[\`${f}\`](data-model.md#${f.split("/").pop()!.replace(/\.arrow$/, "")})` : `\`${f}\``;
}
