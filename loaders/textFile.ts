// The one reader for every input text file: UTF-8 only (anything else is rejected naming the line
// of the first invalid byte), a leading UTF-8 byte-order mark (Excel's "CSV UTF-8") is stripped,
// a missing or unreadable file is an InputError naming it. Line endings are left as they are.
import {readFileSync} from "node:fs";
import {isUtf8} from "node:buffer";
import {InputError} from "./errors.js";

const BOM = "\uFEFF";

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Decode file bytes as UTF-8; throws an InputError at the line of the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const byte = bytes[at].toString(16).toUpperCase().padStart(2, "0");
    throw new InputError(file, line, `not UTF-8: byte 0x${byte} at column ${at - lineStart + 1} (Latin-1 or Windows-1252?); save the file as UTF-8`);
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/**
 * Read an input text file: UTF-8 checked, a leading BOM stripped. `missing` is the reason given
 * when the file does not exist (e.g. "missing file (every report folder has lost.yaml)").
 */
export function readTextFile(file: string, missing = "missing file"): string {
  return decodeUtf8(readInputBytes(file, missing), file);
}

/** Read an input file's bytes; a missing or unreadable file is an InputError naming it. */
export function readInputBytes(file: string, missing = "missing file"): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(file, null, missing);
    if (code === "EISDIR") throw new InputError(file, null, "is a directory, not a file");
    throw new InputError(file, null, `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`);
  }
}
