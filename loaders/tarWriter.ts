// A tar archive (POSIX ustar) of a few files, for a data loader that makes several files in one
// run: Framework serves each file of a loader's `.tar` archive as a file of its own
// (`FileAttachment("dir/file.arrow")` with a loader `dir.tar.ts`). Deterministic: the same files
// give the same bytes (no dates, owners or modes taken from the machine).

const BLOCK = 512;

/** The ustar header of one regular file. */
function header(name: string, size: number): Uint8Array {
  const bytes = new TextEncoder().encode(name);
  if (bytes.length > 100) throw new Error(`tar: the name "${name}" is longer than 100 bytes`);
  const block = new Uint8Array(BLOCK);
  const put = (offset: number, text: string) => block.set(new TextEncoder().encode(text), offset);
  const octal = (n: number, width: number) => n.toString(8).padStart(width - 1, "0") + "\0";
  block.set(bytes, 0);
  put(100, octal(0o644, 8)); // mode
  put(108, octal(0, 8)); // uid
  put(116, octal(0, 8)); // gid
  put(124, octal(size, 12));
  put(136, octal(0, 12)); // mtime
  put(148, "        "); // checksum, counted as spaces
  put(156, "0"); // a regular file
  put(257, "ustar\u000000");
  const sum = block.reduce((s, b) => s + b, 0);
  put(148, `${sum.toString(8).padStart(6, "0")}\0 `);
  return block;
}

/** The archive's bytes: each file's header and contents (padded to 512 bytes), then two empty blocks. */
export function tarArchive(files: readonly {name: string; bytes: Uint8Array}[]): Uint8Array {
  const size = files.reduce((s, f) => s + BLOCK + Math.ceil(f.bytes.length / BLOCK) * BLOCK, 0) + 2 * BLOCK;
  const out = new Uint8Array(size);
  let at = 0;
  for (const f of files) {
    out.set(header(f.name, f.bytes.length), at);
    out.set(f.bytes, at + BLOCK);
    at += BLOCK + Math.ceil(f.bytes.length / BLOCK) * BLOCK;
  }
  return out;
}
