// docs/pages.md, generated from the pages themselves: for each page its title, the served tables
// it reads (its FileAttachment paths), the declared lists it imports from model/pages/, and how
// many lines of JavaScript its Markdown holds (issue 13's limit: 60, the /kit gallery aside).
import {readFileSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {PROJECT_ROOT} from "../../loaders/paths.js";

const SRC = join(PROJECT_ROOT, "src");

export interface PageFacts {
  file: string;
  title: string;
  files: string[];
  lists: string[];
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
  const title = /^title:\s*(.+)$/m.exec(text)?.[1].trim() ?? "";
  // A parameterized page's paths name its parameter: `reports/${observable.params.report}/…` → reports/[report]/….
  const files = [...new Set([...text.matchAll(/FileAttachment\((["`])(?:\.\.?\/)data\/([^"`]+)\1\)/g)].map((m) => m[2].replace(/\$\{observable\.params\.(\w+)\}/g, "[$1]")))].sort();
  const lists = [...new Set([...text.matchAll(/from "\.\.?\/(?:\.\.\/)?model\/pages\/([a-z]+)\.js"/g)].map((m) => `model/pages/${m[1]}.ts`))].sort();
  return {file: relative(PROJECT_ROOT, file), title, files, lists, jsLines: jsLineCount(text)};
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
    "A path under `reports/[report]/` is an audit page's slice of the table of that name: the rows of",
    "its report and of the documents that refer to it (`loaders/serve/reportSlices.ts`).",
    "",
    "| page | title | served files | declared lists | js lines |",
    "|---|---|---|---|---|"
  ];
  for (const p of markdownFiles(SRC).map(pageFacts)) {
    const files = p.files.map((f) => (f.endsWith(".arrow") ? `[\`${f}\`](data-model.md#${f.split("/").pop()!.replace(/\.arrow$/, "")})` : `\`${f}\``)).join(", ");
    lines.push(`| \`${p.file}\` | ${p.title} | ${files || "–"} | ${p.lists.map((l) => `\`${l}\``).join(", ") || "–"} | ${p.jsLines} |`);
  }
  return `${lines.join("\n")}\n`;
}
