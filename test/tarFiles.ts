// Test helper: the files of a tar archive, read with tar-stream (the library Framework extracts a
// data loader's archive with), in archive order.
import {Readable} from "node:stream";
// @ts-ignore -- tar-stream (Framework's dependency) ships no types.
import {extract} from "tar-stream";

export async function tarFiles(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const tar = extract();
  Readable.from([Buffer.from(bytes)]).pipe(tar);
  for await (const entry of tar as AsyncIterable<NodeJS.ReadableStream & {header: {name: string; type: string}}>) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    if (entry.header.type === "file") files.set(entry.header.name, Buffer.concat(chunks));
  }
  return files;
}
