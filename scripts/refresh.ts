// `npm run data:refresh`: see loaders/kolada/refresh.ts (and docs/refresh.md).
import {main} from "../loaders/kolada/refresh.js";

process.exitCode = await main(process.argv.slice(2));
