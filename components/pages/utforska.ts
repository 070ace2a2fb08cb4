// Utforska data (src/utforska.md): everything the page's code uses, bundled into
// src/bundles/utforska.js (scripts/site/bundle.ts), which is the page's one import: the explorer,
// its CodeMirror editor (only this page imports it, so no other page loads it) and the data model.
// DuckDB-wasm stays out of the bundle: components/explore/duckdb.ts is served by Framework itself,
// which copies the wasm and worker files it resolves with import.meta.resolve.
export {createExplorer} from "../explore/explorer.js";
export {codeMirrorEditor} from "../explore/editor.js";
export {dataModelView} from "../explore/dataModelView.js";
export {EXAMPLES} from "../explore/examples.js";
