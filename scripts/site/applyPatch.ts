// Apply a unified diff (one file, as `diff -u` or `git diff` writes it) to a text, exactly: every
// hunk's context and removed lines must be where the hunk says, or nothing is applied and the error
// names the patch and the hunk. Used for the one change the site makes to a dependency's source
// (patches/plot-lazy-format-default.patch), so an upgrade that moves the code stops the build.

interface Hunk {
  /** 1-based line of the old text where the hunk starts. */
  oldStart: number;
  header: string;
  lines: {kind: " " | "-" | "+"; text: string}[];
}

export function parsePatch(patch: string, name = "patch"): Hunk[] {
  const hunks: Hunk[] = [];
  let current: Hunk | null = null;
  for (const line of patch.replace(/\r\n/g, "\n").split("\n")) {
    const h = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(line);
    if (h) {
      current = {oldStart: Number(h[1]), header: line, lines: []};
      hunks.push(current);
    } else if (current && (line.startsWith(" ") || line.startsWith("-") || line.startsWith("+"))) {
      current.lines.push({kind: line[0] as " " | "-" | "+", text: line.slice(1)});
    } else if (current && line === "") {
      continue; // the blank line at the end of the file
    } else if (current && line.startsWith("\\")) {
      continue; // "\ No newline at end of file"
    }
  }
  if (!hunks.length) throw new Error(`${name}: no hunk (@@ … @@) found`);
  return hunks;
}

/** `text` with `patch` applied; throws naming the patch and the first hunk that does not match. */
export function applyPatch(text: string, patch: string, name = "patch"): string {
  const lines = text.split("\n");
  const out: string[] = [];
  let at = 0; // next line of `lines` not yet copied
  for (const hunk of parsePatch(patch, name)) {
    const start = hunk.oldStart - 1;
    const expected = hunk.lines.filter((l) => l.kind !== "+").map((l) => l.text);
    const actual = lines.slice(start, start + expected.length);
    if (start < at || actual.join("\n") !== expected.join("\n")) {
      throw new Error(`${name}: the hunk ${hunk.header.trim()} does not match the source (was it upgraded? review the patch)`);
    }
    out.push(...lines.slice(at, start), ...hunk.lines.filter((l) => l.kind !== "-").map((l) => l.text));
    at = start + expected.length;
  }
  out.push(...lines.slice(at));
  return out.join("\n");
}
