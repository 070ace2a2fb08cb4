// A small, polite Kolada v3 client: batched URLs (≤25 ids per segment, per_page=5000), next_url
// following with loop detection, a request rate near 5/s with modest concurrency, retries with
// bounded exponential backoff and jitter (429 honouring Retry-After, 5xx, resets, timeouts,
// truncated bodies), and zod validation of every response. Delays and the clock are injectable.
import type {z} from "zod";
import {InputError} from "../errors.js";
import {DataItemSchema, GroupSchema, KpiMetaSchema, MunicipalitySchema, memberId, pageSchema} from "./schemas.js";
import {describeIssue, formatPath} from "./shape.js";
import {rowKey, type AreaMeta, type KoladaRow, type KpiMeta} from "./types.js";
import {MAX_PER_PAGE, buildValueUrls, chunk, seg, trimBase, type ValuesQuery} from "./urls.js";

export const DEFAULT_BASE_URL = "https://api.kolada.se/v3";

export interface ClientOptions {
  baseUrl?: string;
  perPage?: number; // ≤ 5000
  concurrency?: number; // parallel requests
  requestsPerSecond?: number; // request starts per second (all requests, retries included)
  timeoutMs?: number; // per request, headers and body
  maxAttempts?: number; // per URL, first try included
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  maxRetryAfterMs?: number; // a longer Retry-After is capped to this
  maxPages?: number; // per query, a guard against runaway pagination
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  fetch?: typeof fetch;
  onProgress?: (message: string) => void;
}

export interface ClientStats {
  requests: number; // HTTP requests started, retries included
  retries: number;
  pages: number; // successful pages
  deleted: number; // isdeleted values dropped
  delays: number[]; // every backoff / Retry-After delay waited, ms
}

/** A failure of a Kolada request: an input error whose "file" is the URL; names the URL and the cause. */
export class KoladaError extends InputError {
  constructor(
    readonly url: string,
    readonly cause_: string,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
    field: string | null = null
  ) {
    super(url, null, cause_, {field});
    this.message = `Kolada: GET ${url}: ${cause_}`;
    this.name = "KoladaError";
  }
}

export interface ValuesResult {
  rows: KoladaRow[]; // sorted by nothing in particular; unique keys
  deleted: KoladaRow[]; // values Kolada flagged isdeleted (dropped from rows)
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function parseRetryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  const s = header.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  const date = Date.parse(s);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export class KoladaClient {
  readonly baseUrl: string;
  readonly stats: ClientStats = {requests: 0, retries: 0, pages: 0, deleted: 0, delays: []};
  private readonly o: Required<Omit<ClientOptions, "baseUrl" | "onProgress">> & {onProgress: (m: string) => void};
  private nextStart = 0;
  private active = 0;
  private waiting: (() => void)[] = [];

  constructor(options: ClientOptions = {}) {
    this.baseUrl = trimBase(options.baseUrl ?? DEFAULT_BASE_URL);
    this.o = {
      perPage: options.perPage ?? MAX_PER_PAGE,
      concurrency: options.concurrency ?? 2,
      requestsPerSecond: options.requestsPerSecond ?? 5,
      timeoutMs: options.timeoutMs ?? 30_000,
      maxAttempts: options.maxAttempts ?? 6,
      backoffBaseMs: options.backoffBaseMs ?? 500,
      backoffMaxMs: options.backoffMaxMs ?? 30_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 120_000,
      maxPages: options.maxPages ?? 1000,
      sleep: options.sleep ?? realSleep,
      now: options.now ?? Date.now,
      random: options.random ?? Math.random,
      fetch: options.fetch ?? fetch,
      onProgress: options.onProgress ?? (() => {})
    };
    if (this.o.perPage < 1 || this.o.perPage > MAX_PER_PAGE) throw new Error(`perPage must be 1–${MAX_PER_PAGE} (got ${this.o.perPage})`);
    if (!/^https?:\/\//.test(this.baseUrl)) throw new Error(`Kolada base URL must start with http:// or https:// (got "${this.baseUrl}")`);
  }

  // ---- scheduling ----------------------------------------------------------------------------

  private async acquire(): Promise<void> {
    if (this.active >= this.o.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
  }

  private release(): void {
    this.active--;
    this.waiting.shift()?.();
  }

  /** Wait for the next request slot (≈ requestsPerSecond request starts per second). */
  private async paceStart(): Promise<void> {
    if (!Number.isFinite(this.o.requestsPerSecond)) return;
    const interval = 1000 / this.o.requestsPerSecond;
    const now = this.o.now();
    const start = Math.max(now, this.nextStart);
    this.nextStart = start + interval;
    if (start > now) await this.o.sleep(start - now);
  }

  /** Bounded exponential backoff with jitter ("equal jitter": half fixed, half random). */
  backoffMs(attempt: number): number {
    const cap = Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** (attempt - 1));
    return Math.round(cap / 2 + (cap / 2) * this.o.random());
  }

  // ---- one request ---------------------------------------------------------------------------

  /** One attempt: fetch, read the body within the timeout, parse JSON. Throws KoladaError. */
  private async attempt(url: string): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.o.timeoutMs);
    this.stats.requests++;
    try {
      let response: Response;
      try {
        response = await this.o.fetch(url, {signal: controller.signal, headers: {accept: "application/json"}});
      } catch (error) {
        throw new KoladaError(
          url,
          controller.signal.aborted ? `no response within ${this.o.timeoutMs} ms (timeout)` : `network error (${describe(error)})`,
          true
        );
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw new KoladaError(
          url,
          controller.signal.aborted
            ? `body not complete within ${this.o.timeoutMs} ms (timeout)`
            : `connection lost while reading the body (${describe(error)})`,
          true
        );
      }
      if (!response.ok) {
        const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
        const snippet = text.trim().slice(0, 200);
        const detail = snippet ? `${status}: ${snippet}` : status;
        if (response.status === 429 || response.status >= 500) {
          throw new KoladaError(url, detail, true, parseRetryAfter(response.headers.get("retry-after"), this.o.now()));
        }
        const hint =
          response.status === 410
            ? " (this API version is gone; Kolada's current API is v3)"
            : response.status === 422
              ? " (Kolada rejected the request: too many ids in a segment or per_page > 5000?)"
              : "";
        throw new KoladaError(url, detail + hint, false);
      }
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new KoladaError(url, `response is not valid JSON, probably truncated (${text.length} bytes; ${describe(error)})`, true);
      }
    } finally {
      clearTimeout(timer);
    }
  }

  /** GET a URL with retries; validate the JSON against `schema`. */
  async getJson<S extends z.ZodTypeAny>(url: string, schema: S): Promise<z.infer<S>> {
    await this.acquire();
    try {
      let last: KoladaError | null = null;
      for (let attempt = 1; attempt <= this.o.maxAttempts; attempt++) {
        if (attempt > 1) {
          const delay = Math.min(last?.retryAfterMs ?? this.backoffMs(attempt - 1), this.o.maxRetryAfterMs);
          this.stats.retries++;
          this.stats.delays.push(delay);
          this.o.onProgress(`retry ${attempt - 1}/${this.o.maxAttempts - 1} in ${delay} ms: ${last!.message}`);
          await this.o.sleep(delay);
        }
        await this.paceStart();
        let json: unknown;
        try {
          json = await this.attempt(url);
        } catch (error) {
          if (!(error instanceof KoladaError)) throw error;
          if (!error.retryable) throw error;
          last = error;
          continue;
        }
        const parsed = schema.safeParse(json);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new KoladaError(url, `response does not have the expected shape: ${describeIssue(issue, json)}`, false, null, formatPath(issue.path));
        }
        return parsed.data;
      }
      throw new KoladaError(url, `gave up after ${this.o.maxAttempts} attempts; last error: ${last!.cause_}`, false);
    } finally {
      this.release();
    }
  }

  /** Every item of a paginated list, following next_url until null. */
  async getAll<S extends z.ZodTypeAny>(url: string, item: S, label = ""): Promise<z.infer<S>[]> {
    const schema = pageSchema(item);
    const seen = new Set<string>();
    const items: z.infer<S>[] = [];
    let next: string | null = url;
    let page = 0;
    while (next) {
      if (seen.has(next)) throw new KoladaError(next, `next_url loop: this page was already fetched (after ${page} pages from ${url})`, false);
      if (page >= this.o.maxPages) throw new KoladaError(next, `more than ${this.o.maxPages} pages; giving up`, false);
      seen.add(next);
      const current: string = next;
      const body = (await this.getJson(current, schema)) as {values: z.infer<S>[]; next_url?: string | null};
      page++;
      this.stats.pages++;
      items.push(...body.values);
      this.o.onProgress(`${label ? `${label} ` : ""}page ${page}: ${body.values.length} items ← ${current}`);
      next = body.next_url ? new URL(body.next_url, current).toString() : null;
    }
    return items;
  }

  /** Run tasks with the client's concurrency (requests themselves are also paced). */
  private async all<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
    const results: T[] = new Array(tasks.length);
    let next = 0;
    let failed: unknown = null;
    const worker = async () => {
      while (next < tasks.length && failed === null) {
        const i = next++;
        try {
          results[i] = await tasks[i]();
        } catch (error) {
          failed ??= error;
        }
      }
    };
    await Promise.all(Array.from({length: Math.min(this.o.concurrency, tasks.length)}, worker));
    if (failed !== null) throw failed;
    return results;
  }

  // ---- endpoints -----------------------------------------------------------------------------

  /** Values for KPIs × areas × years, batched; isdeleted values are dropped and returned apart. */
  async fetchValues(q: ValuesQuery): Promise<ValuesResult> {
    const urls = buildValueUrls(this.baseUrl, q, this.o.perPage);
    const batches = await this.all(urls.map((url, i) => () => this.getAll(url, DataItemSchema, `values batch ${i + 1}/${urls.length}`)));
    const rows = new Map<string, KoladaRow>();
    const deleted = new Map<string, KoladaRow>();
    for (const items of batches) {
      for (const item of items) {
        for (const v of item.values) {
          const row: KoladaRow = {
            kpi: item.kpi,
            municipality: item.municipality,
            period: item.period,
            gender: v.gender,
            value: v.value ?? null,
            count: v.count ?? null,
            status: v.status === undefined || v.status === null || v.status === "" ? null : v.status
          };
          const key = rowKey(row);
          if (v.isdeleted) {
            deleted.set(key, row);
            rows.delete(key);
          } else if (!deleted.has(key)) {
            rows.set(key, row);
          }
        }
      }
    }
    this.stats.deleted += deleted.size;
    return {rows: [...rows.values()], deleted: [...deleted.values()]};
  }

  async fetchKpiMeta(ids: readonly string[]): Promise<KpiMeta[]> {
    const lists = await this.all(
      chunk(ids).map((c) => () => this.getAll(`${this.baseUrl}/kpi/${seg(c)}?per_page=${this.o.perPage}`, KpiMetaSchema, "kpi metadata"))
    );
    return lists.flat().map((k) => ({
      id: k.id,
      title: k.title,
      description: k.description || null,
      operating_area: k.operating_area || null,
      publication_date: k.publication_date || null,
      prel_publication_date: k.prel_publication_date || null,
      is_divided_by_gender: k.is_divided_by_gender === undefined || k.is_divided_by_gender === null ? null : Boolean(k.is_divided_by_gender),
      municipality_type: k.municipality_type || null,
      perspective: k.perspective || null
    }));
  }

  /** Areas (kommuner, riket) by id; with no ids, every area Kolada knows. */
  async fetchMunicipalities(ids?: readonly string[]): Promise<AreaMeta[]> {
    const urls = ids
      ? chunk(ids).map((c) => `${this.baseUrl}/municipality/${seg(c)}?per_page=${this.o.perPage}`)
      : [`${this.baseUrl}/municipality?per_page=${this.o.perPage}`];
    const lists = await this.all(urls.map((u) => () => this.getAll(u, MunicipalitySchema, "municipality metadata")));
    return lists.flat().map((m) => ({id: m.id, title: m.title, type: m.type, members: null}));
  }

  async fetchGroups(ids: readonly string[]): Promise<AreaMeta[]> {
    const lists = await this.all(
      chunk(ids).map((c) => () => this.getAll(`${this.baseUrl}/municipality_groups/${seg(c)}?per_page=${this.o.perPage}`, GroupSchema, "group metadata"))
    );
    return lists.flat().map((g) => ({id: g.id, title: g.title, type: "G", members: (g.members ?? []).map(memberId).sort()}));
  }

  /**
   * Groups whose title contains `title` (Kolada's `?title=` search). A group Kolada lists without
   * its members has `members: null` (the caller fetches those by id).
   */
  async searchGroups(title: string): Promise<AreaMeta[]> {
    const url = `${this.baseUrl}/municipality_groups?${new URLSearchParams({title, per_page: String(this.o.perPage)})}`;
    const list = await this.getAll(url, GroupSchema, "group search");
    return list.map((g) => ({id: g.id, title: g.title, type: "G", members: g.members ? g.members.map(memberId).sort() : null}));
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as {cause?: unknown}).cause;
    const code = cause && typeof cause === "object" && "code" in cause ? String((cause as {code: unknown}).code) : null;
    const causeMsg = cause instanceof Error ? cause.message : null;
    return [error.message, code, causeMsg].filter(Boolean).join(": ");
  }
  return String(error);
}
