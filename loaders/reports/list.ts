// The report folders under data/reports.
import {readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {InputError} from "../errors.js";

/** Report folder ids under `reportsDir`, sorted; a missing folder is an InputError. */
export function listReports(reportsDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(reportsDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      reportsDir,
      null,
      code === "ENOENT" ? "missing directory (the report folders)" : code === "ENOTDIR" ? "is not a directory" : `cannot be read (${code})`
    );
  }
  return names.filter((name) => statSync(join(reportsDir, name)).isDirectory()).sort();
}
