// A mock Kolada v3 server for tests and benches. ALL VALUES ARE SYNTHETIC (plausible values made up
// from a hash of the key, test/mock/plausible.ts), never real Kolada figures. It answers with
// Kolada's own field names, as two saved v3 responses have them (docs/refresh.md: group members as
// {member_id, member_title}; a KPI's metadata with publ_period, which the client does not read),
// for the endpoints the refresh calls:
//   /v3/data/kpi/{kpis}/municipality/{areas}[/year/{years}]   (≤25 ids per segment, per_page ≤ 5000, from_date)
//   /v3/kpi/{ids}, /v3/municipality[/{ids}], /v3/municipality_groups/{ids}
// with pagination (next_url), optional latency, and injectable faults. A kommun's values are its
// own; a group's value is the unweighted mean of its members' values (count = members with a
// value), as Kolada computes it; Riket's is the kommuner's sum for a count, their mean otherwise.
// Groups: the site's families (model/groups.ts: Alla kommuner, the size groups, the SKR groups and
// one "Liknande kommuner arbetsmarknad, <kommun>, 2024" group per kommun), served by id and by a
// title search (/v3/municipality_groups?title=…). Their memberships are SYNTHETIC (made up from
// the mock's kommuner, syntheticGroups) unless a test gives real ones (snapshotGroups: the
// committed memberships of data/kolada/metadata.json, which are Kolada's).
import {readFileSync} from "node:fs";
import {createServer, type IncomingMessage, type Server, type ServerResponse} from "node:http";
import type {AddressInfo, Socket} from "node:net";
import {KOMMUNER, KPIS, REFERENCES, kpiValueKind} from "../../model/catalogue.js";
import {SEED_SIZE_GROUPS} from "../support/memberships.js";
import {ALL_KOMMUNER_GROUP, LIKNANDE_PREFIX, LIKNANDE_YEAR, SIZE_GROUP_IDS, SKR_GROUPS} from "../../model/groups.js";
import type {ValueKind} from "../../model/valueRules.js";
import {hash01, kommunValues} from "./plausible.js";

export {hash01};

export type Gender = "T" | "K" | "M";

export interface MockValue {
  value: number | null;
  count: number | null;
  status: string | null;
  isdeleted: boolean;
  updated: string; // YYYY-MM-DD, for from_date
}

export interface MockArea {
  id: string;
  title: string;
  type: string; // K, L, G
  members?: string[];
  /** A kommun's synthetic population range (e.g. its size group's), for plausible counts. */
  population?: readonly [number, number];
  /** A kommun with every value (no synthetic gaps), e.g. a catalogue kommun on the full-data test site. */
  complete?: boolean;
}

export interface MockKpi {
  id: string;
  title: string;
  genderDivided: boolean;
  /** What its values may be, for a KPI outside the catalogue (a test's new KPI); catalogue KPIs have theirs. */
  kind?: ValueKind;
}

export type FaultKind = "status" | "reset" | "hang" | "truncated" | "wrongShape" | "nextLoop" | "empty" | "reshape";

export interface RequestInfo {
  n: number; // 1-based request number
  path: string; // pathname
  url: string; // full URL as requested
  endpoint: "data" | "kpi" | "municipality" | "groups" | "other";
  page: number; // 1-based
}

export interface Fault {
  kind: FaultKind;
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  times?: number; // how many matching requests it hits (default: every one)
  match?: (r: RequestInfo) => boolean;
  /** kind "reshape": an HTTP 200 page whose items are changed by this function (a contract change) */
  reshape?: (item: Record<string, unknown>) => unknown;
}

export interface MockOptions {
  kpis?: MockKpi[];
  /** Kommuner, Riket and regions (and any extra group); the site's groups are added unless `groups` says otherwise. */
  areas?: MockArea[];
  /**
   * The site's groups with their members: by default synthetic ones over the mock's kommuner
   * (syntheticGroups); `snapshotGroups()` gives the real, committed memberships; `[]` none.
   */
  groups?: MockArea[];
  years?: number[];
  pageSize?: number; // server-side cap on items per page (to force pagination)
  latencyMs?: number;
  updated?: string; // default updated date of every value
}

/** Synthetic kommuner (ids 9001, 9002, …; no real kommun id starts with 9) besides the catalogue's, so "every kommun" has several. */
export function syntheticKommuner(n: number): MockArea[] {
  return Array.from({length: n}, (_, i) => ({
    id: `9${String(i + 1).padStart(3, "0")}`,
    title: `Syntetisk kommun ${i + 1}`,
    type: "K"
  }));
}

/**
 * Synthetic population ranges of the catalogue's size groups, so that a catalogue kommun's
 * synthetic counts fit the size group Kolada's real memberships give it (the frozen seed's,
 * test/support/memberships.ts; the ranges are in the groups' names).
 */
export const SIZE_GROUP_POPULATION: Readonly<Record<string, readonly [number, number]>> = {
  G30823: [1_000, 4_999],
  G30830: [5_000, 9_999],
  G30824: [10_000, 14_999],
  G30826: [15_000, 19_999],
  G30827: [20_000, 29_999],
  G30829: [30_000, 49_999],
  G30831: [50_000, 99_999],
  G30825: [100_000, 199_999],
  G30828: [200_000, 1_000_000]
};

const groupArea = (id: string, title: string, members: readonly string[]): MockArea => ({id, title, type: "G", members: [...members].sort()});

/**
 * SYNTHETIC memberships of the site's group families over `kommuner` (in their order): every kommun
 * in G2328, a catalogue kommun in its real size group (the seed's memberships) and any other in one by its place in the list
 * (its population range then follows the group, see KoladaMock), an SKR group likewise, and its own
 * liknande-kommuner group of the (up to) seven kommuner after it in the list, titled as Kolada
 * titles them with the kommun's title. The group ids of the liknande groups are made up (G7…).
 */
export function syntheticGroups(kommuner: readonly MockArea[]): MockArea[] {
  const ids = kommuner.map((k) => k.id);
  // Catalogue kommuner in their size groups; the others fill the groups no catalogue kommun is in first.
  const catalogueSize = new Map(KOMMUNER.map((m) => [m.id, SEED_SIZE_GROUPS.get(m.id)!.id]));
  const taken = new Set(kommuner.map((k) => catalogueSize.get(k.id)).filter(Boolean));
  const order = [...SIZE_GROUP_IDS.filter((g) => !taken.has(g)), ...SIZE_GROUP_IDS.filter((g) => taken.has(g))];
  const others = kommuner.filter((k) => !catalogueSize.has(k.id));
  const sizeOf = (k: MockArea) => catalogueSize.get(k.id) ?? order[others.indexOf(k) % order.length];
  const size = SIZE_GROUP_IDS.map((id) => {
    const [lo, hi] = SIZE_GROUP_POPULATION[id];
    return groupArea(
      id,
      `Kommuner med ${lo}–${hi} invånare (ovägt medel) (syntetisk)`,
      kommuner.filter((k) => sizeOf(k) === id).map((k) => k.id)
    );
  });
  const skr = SKR_GROUPS.map((g, j) =>
    groupArea(
      g.id,
      `${g.name} (ovägt medel) (syntetisk)`,
      ids.filter((_, i) => i % SKR_GROUPS.length === j)
    )
  );
  const peers = Math.min(7, ids.length - 1);
  const liknande = kommuner.map((k, i) =>
    groupArea(
      `G7${String(i + 1).padStart(5, "0")}`,
      `${LIKNANDE_PREFIX}${k.title}, ${LIKNANDE_YEAR}`,
      Array.from({length: peers}, (_, j) => ids[(i + 1 + j) % ids.length])
    )
  );
  return [
    groupArea(ALL_KOMMUNER_GROUP, "Alla kommuner (ovägt medel) (syntetisk)", ids),
    ...size.filter((g) => g.members!.length),
    ...skr.filter((g) => g.members!.length),
    ...liknande
  ];
}

/**
 * The REAL memberships of the groups the site uses, as the committed snapshot holds them
 * (data/kolada/metadata.json areas of type G: Kolada's ids, titles and members), for a mock whose
 * kommuner are the real ones (test/e2e/syntheticSite.ts). The values the mock serves stay synthetic.
 */
export function snapshotGroups(metadataFile: string): MockArea[] {
  const metadata = JSON.parse(readFileSync(metadataFile, "utf8")) as {areas: {id: string; title: string; type: string; members: string[] | null}[]};
  return metadata.areas.filter((a) => a.type === "G").map((a) => groupArea(a.id, a.title, a.members ?? []));
}

/** The catalogue's KPIs and areas plus `extraKommuner` synthetic kommuner (or the given `kommuner`). */
export function catalogueMockOptions(
  extraKommuner = 6,
  kommuner: MockArea[] = [
    ...KOMMUNER.map((m) => ({id: m.id, title: `${m.name} (syntetisk)`, type: "K", population: SIZE_GROUP_POPULATION[SEED_SIZE_GROUPS.get(m.id)!.id]})),
    ...syntheticKommuner(extraKommuner)
  ]
): Required<Pick<MockOptions, "kpis" | "areas" | "years">> {
  // Riket; the catalogue's groups come with the site's groups (syntheticGroups) the mock adds.
  const refs: MockArea[] = REFERENCES.filter((r) => !r.id.startsWith("G")).map((r) => ({id: r.id, title: `${r.name} (syntetisk)`, type: "L"}));
  return {
    kpis: KPIS.map((k) => ({id: k.id, title: `${k.title} (syntetisk)`, genderDivided: k.genderDivided, kind: kpiValueKind(k)})),
    areas: [...kommuner, ...refs, {id: "01", title: "Region Stockholm (syntetisk)", type: "L"}],
    years: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]
  };
}

export class KoladaMock {
  readonly kpis: MockKpi[];
  readonly areas: MockArea[];
  readonly years: number[];
  pageSize: number;
  latencyMs: number;
  /** Answer a title search of /municipality_groups without the groups' members (the refresh then fetches them by id). */
  listGroupsWithoutMembers = false;
  faults: Fault[] = [];
  readonly requests: RequestInfo[] = [];
  private readonly values = new Map<string, MockValue>();
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private origin = "";

  constructor(options: MockOptions = {}) {
    const def = catalogueMockOptions();
    this.kpis = options.kpis ?? def.kpis;
    const given = options.areas ?? def.areas;
    const groups = options.groups ?? syntheticGroups(given.filter((a) => a.type === "K"));
    const groupIds = new Set(groups.map((g) => g.id));
    this.areas = [...given.filter((a) => !groupIds.has(a.id)), ...groups];
    // A kommun without a population range gets its size group's, so its synthetic counts fit the group.
    const sizeOf = new Map(groups.filter((g) => SIZE_GROUP_POPULATION[g.id]).flatMap((g) => (g.members ?? []).map((m) => [m, g.id] as const)));
    this.areas = this.areas.map((a) =>
      a.type === "K" && !a.population && sizeOf.has(a.id) ? {...a, population: SIZE_GROUP_POPULATION[sizeOf.get(a.id)!]} : a
    );
    this.years = options.years ?? def.years;
    this.pageSize = options.pageSize ?? 5000;
    this.latencyMs = options.latencyMs ?? 0;
    const updated = options.updated ?? "2026-01-15";
    const put = (kpi: string, area: string, key: string, value: number | null, count: number | null) =>
      this.values.set(`${kpi}|${area}|${key.slice(kpi.length + 1)}`, {value, count, status: null, isdeleted: false, updated});
    // Kommuner: their own plausible values.
    const kommuner = this.areas.filter((a) => a.type === "K");
    const own = new Map<string, Map<string, number | null>>();
    for (const a of kommuner) {
      const values = kommunValues(a.id, this.kpis, this.years, {popRange: a.population, complete: a.complete});
      own.set(a.id, values);
      for (const [key, value] of values) put(key.split("|")[0], a.id, key, value, null);
    }
    // Groups: the unweighted mean of the members' values, count = members with a value; Riket: a
    // count's sum over the kommuner, otherwise their mean.
    const kinds = new Map(this.kpis.map((k) => [k.id, k.kind ?? "share"]));
    const aggregate = (area: string, members: readonly string[], sum: (kpi: string) => boolean) => {
      const acc = new Map<string, {total: number; n: number; published: boolean}>();
      for (const m of members)
        for (const [key, value] of own.get(m) ?? []) {
          const a = acc.get(key) ?? {total: 0, n: 0, published: false};
          a.published = true;
          if (value !== null) {
            a.total += value;
            a.n++;
          }
          acc.set(key, a);
        }
      for (const [key, a] of acc) {
        const kpi = key.split("|")[0];
        const value = a.n === 0 ? null : sum(kpi) ? a.total : Math.round((a.total / a.n) * 10) / 10;
        put(kpi, area, key, value, a.n);
      }
    };
    const kommunIds = kommuner.map((a) => a.id);
    for (const g of this.areas.filter((a) => a.type === "G")) aggregate(g.id, g.members ?? [], () => false);
    if (this.areas.some((a) => a.id === "0000")) aggregate("0000", kommunIds, (kpi) => kinds.get(kpi) === "count");
  }

  /** Set (or add) one synthetic value. */
  set(kpi: string, area: string, period: number, gender: Gender, patch: Partial<MockValue>): void {
    const key = `${kpi}|${area}|${period}|${gender}`;
    const old = this.values.get(key) ?? {
      value: null,
      count: null,
      status: null,
      isdeleted: false,
      updated: "2026-01-15"
    };
    this.values.set(key, {...old, ...patch});
  }

  get(kpi: string, area: string, period: number, gender: Gender): MockValue | undefined {
    return this.values.get(`${kpi}|${area}|${period}|${gender}`);
  }

  /** Stop serving the values that match (the KPI's metadata stays): Kolada leaving them out of an HTTP 200 answer. Returns how many. */
  remove(match: (kpi: string, area: string, period: number, gender: Gender) => boolean): number {
    let n = 0;
    for (const key of [...this.values.keys()]) {
      const [kpi, area, period, gender] = key.split("|");
      if (match(kpi, area, Number(period), gender as Gender)) {
        this.values.delete(key);
        n++;
      }
    }
    return n;
  }

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on("connection", (s) => {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return `${this.origin}/v3`;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.origin);
    const parts = url.pathname.split("/").filter(Boolean);
    const endpoint: RequestInfo["endpoint"] =
      parts[1] === "data"
        ? "data"
        : parts[1] === "kpi"
          ? "kpi"
          : parts[1] === "municipality"
            ? "municipality"
            : parts[1] === "municipality_groups"
              ? "groups"
              : "other";
    const page = Number(url.searchParams.get("page") ?? "1");
    const info: RequestInfo = {n: this.requests.length + 1, path: url.pathname, url: url.toString(), endpoint, page};
    this.requests.push(info);
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));

    const fault = this.faults.find((f) => (f.times ?? Infinity) > 0 && (!f.match || f.match(info)));
    if (fault && fault.times !== undefined) fault.times--;
    if (fault?.kind === "reset") {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === "hang") return; // never answers; the socket is destroyed on close()
    if (fault?.kind === "status") {
      res.writeHead(fault.status ?? 500, {"content-type": "application/json", ...fault.headers});
      res.end(fault.body ?? JSON.stringify({error: `synthetic fault ${fault.status ?? 500}`}));
      return;
    }
    if (fault?.kind === "wrongShape") return this.json(res, 200, {data: [{kpi: 42}], next: null});

    if (parts[0] !== "v3") return this.json(res, 410, {error: "Gone. Please use /v3 instead"});
    let result: {status: number; items?: unknown[]; error?: string};
    try {
      result = this.route(parts.slice(1), url);
    } catch (error) {
      result = {status: 422, error: String(error instanceof Error ? error.message : error)};
    }
    if (result.error) return this.json(res, result.status, {error: result.error});
    let items = result.items ?? [];
    if (fault?.kind === "empty") items = [];
    if (fault?.kind === "reshape" && fault.reshape) items = items.map((item) => fault.reshape!(structuredClone(item) as Record<string, unknown>));
    const perPage = Math.min(Number(url.searchParams.get("per_page") ?? "5000"), this.pageSize);
    const start = (page - 1) * perPage;
    const pageItems = items.slice(start, start + perPage);
    let next: string | null = null;
    if (start + perPage < items.length) {
      const n = new URL(url);
      n.searchParams.set("page", String(page + 1));
      next = n.toString();
    }
    if (fault?.kind === "nextLoop") next = url.toString();
    const body = JSON.stringify({values: pageItems, count: pageItems.length, next_url: next, previous_url: null});
    if (fault?.kind === "truncated") {
      const cut = body.slice(0, Math.floor(body.length / 2));
      res.writeHead(200, {"content-type": "application/json", "content-length": Buffer.byteLength(cut)});
      res.end(cut);
      return;
    }
    res.writeHead(200, {"content-type": "application/json"});
    res.end(body);
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, {"content-type": "application/json"});
    res.end(JSON.stringify(body));
  }

  private route(p: string[], url: URL): {status: number; items?: unknown[]; error?: string} {
    const perPage = Number(url.searchParams.get("per_page") ?? "5000");
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 5000) return {status: 422, error: `per_page must be 1-5000 (got ${perPage})`};
    const ids = (s: string | undefined) => {
      const list = (s ?? "").split(",").filter(Boolean).map(decodeURIComponent);
      if (list.length > 25) throw new Error(`at most 25 ids per segment (got ${list.length})`);
      return list;
    };
    if (p[0] === "data" && p[1] === "kpi" && p[3] === "municipality") {
      const kpis = ids(p[2]);
      const areas = ids(p[4]);
      const years = p[5] === "year" ? ids(p[6]).map(Number) : this.years;
      const from = url.searchParams.get("from_date");
      const items: unknown[] = [];
      for (const kpi of kpis) {
        for (const area of areas) {
          for (const period of years) {
            const values = (["T", "K", "M"] as Gender[])
              .map((gender) => ({gender, v: this.values.get(`${kpi}|${area}|${period}|${gender}`)}))
              .filter((x): x is {gender: Gender; v: MockValue} => !!x.v && (!from || x.v.updated >= from))
              .map(({gender, v}) => ({
                gender,
                count: v.count,
                status: v.status,
                value: v.value,
                isdeleted: v.isdeleted
              }));
            if (!values.length) continue;
            if (hash01(`${kpi}${area}${period}`) < 0.5) values.reverse(); // genders come in no fixed order
            items.push({kpi, municipality: area, period, values});
          }
        }
      }
      return {status: 200, items};
    }
    if (p[0] === "kpi") {
      const list = p[1] ? ids(p[1]) : this.kpis.map((k) => k.id);
      return {
        status: 200,
        items: this.kpis
          .filter((k) => list.includes(k.id))
          // The fields of Kolada's saved v3 KPI metadata (publ_period included, which the client does not read).
          .map((k) => ({
            id: k.id,
            title: k.title,
            municipality_type: "K",
            is_divided_by_gender: k.genderDivided,
            operating_area: "Syntetiskt område",
            perspective: "Syntetiskt",
            publ_period: "2024",
            publication_date: "2026-02-01",
            description: `Syntetisk beskrivning av ${k.id}.`
          }))
      };
    }
    if (p[0] === "municipality") {
      const list = p[1] ? ids(p[1]) : null;
      return {
        status: 200,
        items: this.areas.filter((a) => a.type !== "G" && (!list || list.includes(a.id))).map((a) => ({id: a.id, title: a.title, type: a.type}))
      };
    }
    if (p[0] === "municipality_groups") {
      // By id (/municipality_groups/{ids}), or every group whose title contains ?title= (any case).
      const list = p[1] ? ids(p[1]) : null;
      const title = (url.searchParams.get("title") ?? "").toLowerCase();
      const titles = new Map(this.areas.map((a) => [a.id, a.title]));
      const withMembers = list !== null || !this.listGroupsWithoutMembers;
      return {
        status: 200,
        items: this.areas
          .filter((a) => a.type === "G" && (list ? list.includes(a.id) : a.title.toLowerCase().includes(title)))
          // Kolada names a group's members {member_id, member_title}.
          .map((a) => ({
            id: a.id,
            title: a.title,
            ...(withMembers ? {members: (a.members ?? []).map((id) => ({member_id: id, member_title: titles.get(id) ?? id}))} : {})
          }))
      };
    }
    return {status: 404, error: `no such endpoint ${url.pathname}`};
  }
}
