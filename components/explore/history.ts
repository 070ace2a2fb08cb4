// The reader's last queries, kept in the browser (localStorage) across visits: newest first, each
// query once (running it again moves it to the top), at most MAX_HISTORY.

export const HISTORY_KEY = "uppfoljning.utforska.historik";
export const MAX_HISTORY = 30;

export interface HistoryEntry {
  sql: string;
  params: Record<string, string>;
  /** When it last ran (ISO 8601). */
  at: string;
}

const isEntry = (x: unknown): x is HistoryEntry =>
  typeof x === "object" && x !== null && typeof (x as HistoryEntry).sql === "string" && typeof (x as HistoryEntry).at === "string";

/** The kept queries (none when storage is unavailable or holds something else). */
export function readHistory(storage: Storage | null): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(HISTORY_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isEntry).map((e) => ({sql: e.sql, params: {...(e.params ?? {})}, at: e.at})) : [];
  } catch {
    return [];
  }
}

/** Keep a query that ran; returns the new list. Storage that refuses (full, private mode) is left as it is. */
export function addToHistory(storage: Storage | null, entry: HistoryEntry): HistoryEntry[] {
  const list = [entry, ...readHistory(storage).filter((e) => e.sql !== entry.sql)].slice(0, MAX_HISTORY);
  try {
    storage?.setItem(HISTORY_KEY, JSON.stringify(list));
  } catch {
    // not kept; the page works without it
  }
  return list;
}

export function clearHistory(storage: Storage | null): void {
  try {
    storage?.removeItem(HISTORY_KEY);
  } catch {
    // nothing to clear
  }
}
