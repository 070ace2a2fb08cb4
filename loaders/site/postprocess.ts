// Post-processing of Framework's built HTML, and the checks that make `npm run build` fail on
// what Framework only renders into the page (errors) or lets through (third-party references).

/** Set lang="sv", allow zoom (WCAG 1.4.4) and translate Framework's hard-coded UI strings. */
export function localiseHtml(html: string): string {
  let out = html.replace(/<html(\s[^>]*)?>/, (tag) => {
    if (/\slang=/.test(tag)) return tag.replace(/\slang="[^"]*"/, ' lang="sv"');
    return tag.replace("<html", '<html lang="sv"');
  });
  out = out.replace(/<meta name="viewport" content="[^"]*">/, '<meta name="viewport" content="width=device-width, initial-scale=1">');
  out = out.replace('title="Toggle sidebar"', 'title="Visa eller dölj menyn" aria-label="Visa eller dölj menyn"');
  return out;
}

export interface BuildProblem {
  file: string;
  problem: string;
}

/** Errors Framework rendered into a page instead of failing the build. */
export function findRenderedErrors(file: string, html: string): BuildProblem[] {
  const problems: BuildProblem[] = [];
  const re = /class="observablehq--inspect observablehq--error"[^>]*>([^<]*)</g;
  for (const m of html.matchAll(re)) problems.push({file, problem: `rendered error: ${m[1].trim()}`});
  for (const word of ["non-local import", "non-local file path"]) {
    if (html.includes(word)) problems.push({file, problem: `rendered error: ${word}`});
  }
  return problems;
}

const THIRD_PARTY = /^(?:https?:)?\/\//i;

/** References that would make the browser fetch from another host. */
export function findThirdPartyReferences(file: string, text: string, kind: "html" | "css" | "js"): BuildProblem[] {
  const problems: BuildProblem[] = [];
  const add = (url: string) => problems.push({file, problem: `reference to another host: ${url}`});
  if (kind === "html") {
    for (const m of text.matchAll(/<(script|link|img|source|iframe|video|audio|embed|object)\b[^>]*?\s(?:src|href|data|srcset)="([^"]+)"/gi)) {
      if (THIRD_PARTY.test(m[2])) add(m[2]);
    }
  }
  if (kind === "css" || kind === "html") {
    for (const m of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/gi)) if (THIRD_PARTY.test(m[1])) add(m[1]);
    for (const m of text.matchAll(/@import\s+['"]([^'"]+)['"]/gi)) if (THIRD_PARTY.test(m[1])) add(m[1]);
  }
  if (kind === "js" || kind === "html") {
    for (const m of text.matchAll(/\b(?:import|from)\s*\(?\s*["'`]((?:https?:)?\/\/[^"'`]+)["'`]/g)) add(m[1]);
    for (const m of text.matchAll(/\bnew\s+Worker\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/g)) add(m[1]);
  }
  return problems;
}
