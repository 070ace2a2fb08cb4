// Text rules of data/reports/SCHEMA.md: how cited source lines are normalised and matched, and how
// a printed number is parsed.

/** Marks a line-break hyphen that a quote may keep ("HR-konsult") or drop ("arbetsmarknad"). */
const SOFT_HYPHEN = "\u0000";
const SUSPENDED = /^(och|eller|samt|resp\.|respektive)(?![\p{L}])/u;

/** Split a source text into lines (index 0 = line 1). */
export function textLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/**
 * The cited lines `from`-`to` (1-based, inclusive) without `skip`, joined as SCHEMA.md says:
 * blank lines dropped, a line-final hyphen before a lower-case continuation is a soft hyphen
 * (except before och/eller/samt/resp./respektive), other breaks become a space, white-space runs
 * become one space.
 */
export function normaliseRange(lines: readonly string[], from: number, to: number, skip: Iterable<number> = []): string {
  const skipped = new Set(skip);
  let out = "";
  for (let n = from; n <= to; n++) {
    if (skipped.has(n)) continue;
    const line = (lines[n - 1] ?? "").replace(/\s+/g, " ").trim();
    if (!line) continue;
    if (!out) {
      out = line;
    } else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(line) && !SUSPENDED.test(line)) {
      out = out.slice(0, -1) + SOFT_HYPHEN + line;
    } else {
      out += " " + line;
    }
  }
  return out;
}

/** A quote as written in the data: white-space runs become one space. */
export function normaliseQuote(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function matchesAt(source: string, start: number, quote: string): boolean {
  let j = start;
  let k = 0;
  while (k < quote.length) {
    if (j >= source.length) return false;
    const c = source[j];
    if (c === SOFT_HYPHEN) {
      if (quote[k] === "-") k++;
      j++;
      continue;
    }
    if (c !== quote[k]) return false;
    j++;
    k++;
  }
  return true;
}

/** Whether the normalised `quote` occurs in a range normalised by normaliseRange. */
export function containsQuote(normalisedSource: string, quote: string): boolean {
  const q = normaliseQuote(quote);
  if (!q) return false;
  for (let i = 0; i < normalisedSource.length; i++) {
    if (normalisedSource[i] !== SOFT_HYPHEN && matchesAt(normalisedSource, i, q)) return true;
  }
  return false;
}

/** The cited lines as plain text (soft hyphens shown as "-"), for error messages. */
export function readable(normalisedSource: string): string {
  return normalisedSource.replaceAll(SOFT_HYPHEN, "-");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether a printed cell stands in the raw cited lines as a whole token: not part of a longer
 * number or word ("52" is not found in "52,4", "466" not in "4663", "-" not in "50 000-").
 */
export function containsPrinted(lines: readonly string[], from: number, to: number, printed: string): boolean {
  const text = lines
    .slice(from - 1, to)
    .join(" ")
    .replace(/\s+/g, " ");
  const p = printed.replace(/\s+/g, " ").trim();
  if (!p) return false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[,.])${escapeRegExp(p)}(?![\\p{L}\\p{N}]|[,.]\\p{N})`, "u");
  return re.test(text);
}

const NUMBER = /^([-−–]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?(?:\s*(?:%|procent|kr|kronor|st|år))?$/;

/** Swedish number words 0-20 as reports write small numbers in running text ("tre procent"). */
const NUMBER_WORDS = [
  "noll",
  "ett",
  "två",
  "tre",
  "fyra",
  "fem",
  "sex",
  "sju",
  "åtta",
  "nio",
  "tio",
  "elva",
  "tolv",
  "tretton",
  "fjorton",
  "femton",
  "sexton",
  "sjutton",
  "arton",
  "nitton",
  "tjugo"
];
const NUMBER_WORD = new RegExp(`^(${NUMBER_WORDS.join("|")}|en)(?:\\s*(?:%|procent|kr|kronor|st|år))?$`, "i");

/**
 * Parse a cell as printed: decimal comma, space grouping, an optional unit suffix
 * (`17 %`, `4 919 kr`), or a Swedish number word 0-20 (`tre procent`). "-", "–" and "" are a
 * missing cell (null). Returns undefined when the text is not a number.
 */
export function parsePrinted(printed: string): number | null | undefined {
  const p = printed.replace(/\s+/g, " ").trim();
  if (p === "" || p === "-" || p === "–") return null;
  const word = NUMBER_WORD.exec(p);
  if (word) return word[1].toLowerCase() === "en" ? 1 : NUMBER_WORDS.indexOf(word[1].toLowerCase());
  const m = NUMBER.exec(p);
  if (!m) return undefined;
  const digits = m[2].replace(/[ \u00a0\u202f]/g, "");
  const n = Number(`${digits}${m[3] ? `.${m[3]}` : ""}`);
  return m[1] ? -n : n;
}
