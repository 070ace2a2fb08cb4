// Run the mock Kolada server by hand (SYNTHETIC values): `npx tsx test/mock/serve.ts [--port N] [--latency MS] [--full] [--fault STATUS|reset|hang|truncated|wrongShape|nextLoop|empty]`.
// --full serves every kommun of data/kolada/kommuner.csv in the site's groups with their real
// memberships (the full test snapshot's mock, test/e2e/syntheticSite.ts); without it, the four
// catalogue kommuner and six synthetic ones in synthetic groups.
// Then, into a scratch copy of the snapshot (never data/kolada, which must hold only real values):
//   cp -r data/kolada /tmp/kolada && KOLADA_SNAPSHOT_DIR=/tmp/kolada KOLADA_BASE_URL=http://127.0.0.1:N/v3 npm run data:refresh
import {fullSnapshotMock} from "../e2e/syntheticSite.js";
import {KoladaMock, type FaultKind} from "./koladaMock.js";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const mock = args.includes("--full") ? fullSnapshotMock() : new KoladaMock();
mock.latencyMs = Number(opt("--latency") ?? 0);
const fault = opt("--fault");
if (fault) {
  if (/^\d{3}$/.test(fault)) mock.faults.push({kind: "status", status: Number(fault)});
  else mock.faults.push({kind: fault as FaultKind, match: (r) => r.endpoint === "data"});
}
const base = await mock.start(Number(opt("--port") ?? 0));
process.stdout.write(`mock Kolada (synthetic values${args.includes("--full") ? ", every kommun, the groups' real memberships" : ""}) at ${base}\n`);
