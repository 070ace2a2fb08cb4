// Where the committed inputs live, resolved from the project root (loaders run from the root).
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DATA_DIR = join(PROJECT_ROOT, "data");
export const REPORTS_DIR = join(DATA_DIR, "reports");
export const KOLADA_DIR = join(DATA_DIR, "kolada");
