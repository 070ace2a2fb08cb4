// One error type for bad input, and one way for every entry point (loaders, build, refresh,
// checker) to report a failure: a clear line on stderr, a non-zero exit, no stack trace.
// The stack trace is shown only with the debug switch: UPPF_DEBUG=1, or DEBUG=uppf (or DEBUG=*).
import {appendFileSync} from "node:fs";
import {isAbsolute, relative} from "node:path";

/** A path as a maintainer reads it: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}

export interface InputErrorOptions {
  /** the field or parameter at fault (a JSON path, a column, a CLI flag), when there is no line */
  field?: string | null;
  cause?: unknown;
}

/**
 * Bad input: names the file (or URL), the 1-based line or the field, and the reason.
 * Renders as `file:line: reason` or `file: field: reason`.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly field: string | null;
  readonly reason: string;

  constructor(file: string, line: number | null, reason: string, options: InputErrorOptions = {}) {
    const field = options.field ?? null;
    super(
      `${displayPath(file)}${line === null ? "" : `:${line}`}: ${field ? `${field}: ` : ""}${reason}`,
      options.cause === undefined ? undefined : {cause: options.cause}
    );
    this.name = "InputError";
    this.file = file;
    this.line = line;
    this.field = field;
    this.reason = reason;
  }
}

/**
 * A served table whose rows disagree with its declaration (model/tables): a column the rows lack
 * or that is not declared, a value of the wrong type, an empty cell in a column that cannot be
 * empty, a primary key that repeats. Renders as `table <name>: column "<column>": reason`.
 */
export class TableError extends Error {
  readonly table: string;
  readonly column: string;
  readonly reason: string;

  constructor(table: string, column: string, reason: string) {
    super(`table ${table}: column "${column}": ${reason}`);
    this.name = "TableError";
    this.table = table;
    this.column = column;
    this.reason = reason;
  }
}

/** The debug switch: UPPF_DEBUG=1 (or true), or DEBUG listing "uppf" or "*". */
export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.UPPF_DEBUG && env.UPPF_DEBUG !== "0" && env.UPPF_DEBUG !== "false") return true;
  return (env.DEBUG ?? "").split(/[\s,]+/).some((d) => d === "uppf" || d === "*");
}

/** The text to print for a failure: the message of an input or table error; name and message otherwise. */
export function failureText(error: unknown): string {
  if (error instanceof InputError || error instanceof TableError) return error.message;
  if (error instanceof Error) {
    const head = error.name && error.name !== "Error" ? `${error.name}: ` : "";
    return `${head}${error.message} (an unexpected error; UPPF_DEBUG=1 shows the stack trace)`;
  }
  return String(error);
}

/**
 * Print a failure on stderr: `prefix` (e.g. "data:refresh failed: ") and the failure text; the
 * stack only with the debug switch. When UPPF_ERROR_LOG names a file (scripts/build.ts sets it),
 * the line is also appended there with the entry point's path, so the build can repeat it last.
 */
export function reportFailure(error: unknown, prefix = ""): void {
  const text = `${prefix}${failureText(error)}`;
  process.stderr.write(`${text}\n`);
  if (debugEnabled() && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  const log = process.env.UPPF_ERROR_LOG;
  if (log) {
    const entry = process.argv[1] ? displayPath(process.argv[1]) : "?";
    try {
      appendFileSync(log, `${entry}: ${text.replace(/\n/g, "\n  ")}\n`);
    } catch {
      // the log is a convenience for the build's summary; the message is already on stderr
    }
  }
}

/**
 * Run an entry point's body: its return value (or 0) becomes the exit code; a thrown error is
 * reported with reportFailure and exits 1.
 */
export async function runMain(body: () => Promise<number | void> | number | void, prefix = ""): Promise<void> {
  try {
    process.exitCode = (await body()) ?? 0;
  } catch (error) {
    reportFailure(error, prefix);
    process.exitCode = 1;
  }
}
