// `npm start` (after the build): serve dist/ on 127.0.0.1 and print the URL.
import {existsSync} from "node:fs";
import {join} from "node:path";
import {outputDir} from "../loaders/paths.js";
import {startStaticServer} from "./site/staticServer.js";

const root = outputDir();
if (!existsSync(join(root, "index.html"))) {
  console.error(`serve: ${root}/index.html is missing: run "npm run build" first`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: PORT="${process.env.PORT}" is not a port number`);
  process.exit(1);
}
const {url} = await startStaticServer(root, {port});
console.log(`Uppföljning körs på ${url}/ (Ctrl+C avslutar)`);
