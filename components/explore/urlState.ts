// The query state in the URL: ?sql=<the SQL>, so a query can be shared as a link.

export const SQL_PARAM = "sql";
/** Longer SQL is not put in the URL (browsers and servers cap URL length). */
export const MAX_URL_SQL = 6000;

/** The SQL in a location's search string, or null when there is none. */
export function readSql(search: string): string | null {
  const sql = new URLSearchParams(search).get(SQL_PARAM);
  return sql && sql.trim() !== "" ? sql : null;
}

/** `search` with the SQL set (other parameters kept); null SQL removes it. */
export function withSql(search: string, sql: string | null): string {
  const params = new URLSearchParams(search);
  if (sql === null || sql.trim() === "") params.delete(SQL_PARAM);
  else if (sql.length > MAX_URL_SQL) throw new Error(`Frågan är för lång för en länk (${sql.length} tecken, högst ${MAX_URL_SQL}).`);
  else params.set(SQL_PARAM, sql);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}
