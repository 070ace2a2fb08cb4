// Read a YAML data file so that every error names the file and the line (yaml's LineCounter).
import {LineCounter, isNode, parseDocument, type Document} from "yaml";
import type {z} from "zod";
import {InputError} from "../errors.js";

export interface YamlFile {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  /** The 1-based line where the node at `path` (or its nearest existing parent) starts. */
  lineOf(path: readonly PropertyKey[]): number | null;
}

/** Parse YAML text; syntax errors and duplicate keys throw an InputError with the line. */
export function parseYamlFile(text: string, file: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true});
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line;
    const indentedWithTab = /^[ ]*\t/.test(text.split(/\r?\n/)[line - 1] ?? "");
    throw new InputError(
      file,
      line,
      indentedWithTab ? "YAML: this line is indented with a tab; YAML indents with spaces only" : `YAML: ${e.message.split("\n")[0]}`
    );
  }
  const lineOf = (path: readonly PropertyKey[]): number | null => {
    for (let n = path.length; n >= 0; n--) {
      const keys = path.slice(0, n) as unknown[];
      const node = n === 0 ? doc.contents : doc.getIn(keys, true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  return {file, doc, lineCounter, lineOf};
}

/** Validate the document with a zod schema; the first issue throws with file, line and path. */
export function validateYaml<S extends z.ZodType>(y: YamlFile, schema: S): z.output<S> {
  const data = y.doc.toJS();
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue.path as PropertyKey[];
    const where = path.length
      ? `${path
          .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
          .join("")
          .replace(/^\./, "")}: `
      : "";
    throw new InputError(y.file, y.lineOf(path), `${where}${issue.message}`);
  }
  return result.data;
}
