// The query state in the URL, so a query can be shared as a link. The SQL travels compressed in the
// fragment (`#q=<length>~<deflate-raw, base64url>`), where hosts' limits on a URL's length do not
// apply (a fragment is never sent to the server); parameters travel as `p.<name>=<value>` beside it.
// Links from before (`?sql=<the SQL>`) are still read.

export const SQL_PARAM = "sql";
/** The longest query a link carries (characters of SQL). */
export const MAX_LINK_SQL = 100_000;
const Q = "q";
const P = "p.";

export interface UrlQuery {
  sql: string;
  params: Record<string, string>;
}

/** The SQL in a location's search string (the old `?sql=` links), or null when there is none. */
export function readSql(search: string): string | null {
  const sql = new URLSearchParams(search).get(SQL_PARAM);
  return sql && sql.trim() !== "" ? sql : null;
}

/** `search` without the old `?sql=` (other parameters kept). */
export function withoutSql(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(SQL_PARAM);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Response(bytes.slice()).body!.pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

const toBase64Url = (bytes: Uint8Array): string => {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};
const fromBase64Url = (text: string): Uint8Array => {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("not base64url");
  const s = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
};

/** The fragment for a query and its parameter values (starting with `#`). */
export async function encodeFragment(q: UrlQuery): Promise<string> {
  if (q.sql.length > MAX_LINK_SQL) {
    throw new Error(`Frågan är för lång för en länk (${q.sql.length} tecken, högst ${MAX_LINK_SQL}).`);
  }
  const packed = toBase64Url(await pipe(new TextEncoder().encode(q.sql), new CompressionStream("deflate-raw")));
  const params = new URLSearchParams();
  params.set(Q, `${q.sql.length}~${packed}`);
  for (const [k, v] of Object.entries(q.params)) params.set(P + k, v);
  return `#${params.toString()}`;
}

/** The message for a link whose query cannot be read back. */
export const BROKEN_LINK =
  "Länken till frågan är skadad eller avkortad, så frågan kunde inte läsas. Be den som delade länken att kopiera den igen med knappen ”Kopiera länk”.";

/**
 * The query in a fragment: null when the fragment holds none; throws BROKEN_LINK (Swedish) when
 * it holds one that is cut or corrupted (its stated length is checked after unpacking).
 */
export async function decodeFragment(hash: string): Promise<UrlQuery | null> {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const q = params.get(Q);
  if (q === null) return null;
  const m = /^(\d+)~(.*)$/s.exec(q);
  if (!m) throw new Error(BROKEN_LINK);
  let sql: string;
  try {
    sql = new TextDecoder("utf-8", {fatal: true}).decode(await pipe(fromBase64Url(m[2]), new DecompressionStream("deflate-raw")));
  } catch {
    throw new Error(BROKEN_LINK);
  }
  if (sql.length !== Number(m[1])) throw new Error(BROKEN_LINK);
  const values: Record<string, string> = {};
  for (const [k, v] of params) if (k.startsWith(P)) values[k.slice(P.length)] = v;
  return {sql, params: values};
}
