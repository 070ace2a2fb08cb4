// `npm run data:refresh -- --check`: one small request to each Kolada endpoint the refresh uses,
// each answer validated against the same zod schema the refresh uses. Prints per endpoint "ok" or
// exactly which field differs (path, expected, got), and the fields Kolada sent that the client
// does not read (a renamed field shows there before it breaks a refresh). Writes nothing. This is
// how a maintainer finds a change in Kolada's API contract in seconds, before a full refresh.
import {z} from "zod";
import {KOMMUNER, REFERENCES, catalogueYears, headlineKpiIds} from "../../model/catalogue.js";
import {KoladaClient, KoladaError, type ClientOptions} from "./client.js";
import {LIKNANDE_SEARCH} from "./siteGroups.js";
import {buildValueUrls} from "./urls.js";
import {DataItemSchema, GroupSchema, KpiMetaSchema, MunicipalitySchema, pageSchema} from "./schemas.js";
import {describeIssue, unreadFields} from "./shape.js";

export interface ProbeEndpoint {
  name: string;
  url: string;
  schema: z.ZodTypeAny;
}

export interface ProbeResult {
  name: string;
  url: string;
  /** empty when the answer has the expected shape */
  problems: string[];
  /** fields in the answer the client does not read (`values[].publ_period`) */
  unread: string[];
}

/** Show at most this many differing fields per endpoint. */
const MAX_PROBLEMS = 5;

/** The requests of the probe: the refresh's endpoints, one page of one item each. */
export function probeEndpoints(baseUrl: string): ProbeEndpoint[] {
  const base = baseUrl.replace(/\/+$/, "");
  const kpi = headlineKpiIds()[0];
  const group = REFERENCES.find((r) => r.id.startsWith("G"))!.id;
  return [
    {name: "municipality", url: `${base}/municipality?per_page=1`, schema: pageSchema(MunicipalitySchema)},
    {
      name: "municipality_groups",
      url: `${base}/municipality_groups/${group}?per_page=1`,
      schema: pageSchema(GroupSchema)
    },
    {
      name: "group_search",
      url: `${base}/municipality_groups?${new URLSearchParams({title: LIKNANDE_SEARCH, per_page: "1"})}`,
      schema: pageSchema(GroupSchema)
    },
    {name: "kpi", url: `${base}/kpi/${kpi}?per_page=1`, schema: pageSchema(KpiMetaSchema)},
    {
      name: "data",
      url: buildValueUrls(base, {kpis: [kpi], areas: [KOMMUNER[0].id], years: catalogueYears()}, 1)[0],
      schema: pageSchema(DataItemSchema)
    }
  ];
}

/** Request every endpoint once (with the client's retries) and compare each answer with its schema. */
export async function probe(baseUrl: string, client: ClientOptions = {}): Promise<ProbeResult[]> {
  const http = new KoladaClient({...client, baseUrl});
  const results: ProbeResult[] = [];
  for (const e of probeEndpoints(baseUrl)) {
    let json: unknown;
    try {
      json = await http.getJson(e.url, z.unknown());
    } catch (error) {
      if (!(error instanceof KoladaError)) throw error;
      results.push({name: e.name, url: e.url, problems: [error.cause_], unread: []});
      continue;
    }
    const parsed = e.schema.safeParse(json);
    const problems = parsed.success ? [] : parsed.error.issues.map((issue) => describeIssue(issue, json));
    if (parsed.success && (parsed.data as {values: unknown[]}).values.length === 0) {
      problems.push("values: expected at least one item to check, got an empty list");
    }
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push(`… and ${problems.length - MAX_PROBLEMS} more`);
    results.push({name: e.name, url: e.url, problems: shown, unread: unreadFields(e.schema, json)});
  }
  return results;
}

/** The probe's printout: a line per endpoint, the differing fields indented under it. */
export function renderProbe(baseUrl: string, results: readonly ProbeResult[]): string {
  const width = Math.max(...results.map((r) => r.name.length));
  const lines = [`Kolada contract check against ${baseUrl} (one request per endpoint; nothing is written)`];
  for (const r of results) {
    lines.push(`${r.name.padEnd(width)}  ${r.problems.length ? "DIFFERS" : "ok"}  GET ${r.url}`);
    for (const p of r.problems) lines.push(`${" ".repeat(width)}    ${p}`);
    if (r.unread.length) lines.push(`${" ".repeat(width)}    not read by the client: ${r.unread.join(", ")}`);
  }
  const bad = results.filter((r) => r.problems.length).length;
  lines.push(
    bad
      ? `${bad} of ${results.length} endpoints differ from what the refresh expects (loaders/kolada/schemas.ts).`
      : `All ${results.length} endpoints answer as the refresh expects.`
  );
  if (results.some((r) => r.unread.length))
    lines.push('Fields marked "not read by the client" are ignored by the refresh; a renamed field the refresh needs shows up there and as a difference.');
  return lines.join("\n") + "\n";
}
