// Which DuckDB-wasm bundle to start. Pure, so the choice is unit-tested.

export interface BundleFiles {
  mainModule: string;
  mainWorker: string;
}

export interface BundleFeatures {
  wasmExceptions: boolean;
}

/**
 * The "eh" bundle (WebAssembly exception handling) is the only one the site ships: it is ~1 MB
 * smaller gzip than "mvp" and runs in every browser released since 2022 (Chrome/Edge 95,
 * Firefox 100, Safari 15.2). A browser without the feature gets a clear message instead of a
 * 39 MB fallback download.
 */
export function chooseBundle(features: BundleFeatures, eh: BundleFiles): BundleFiles {
  if (!features.wasmExceptions) {
    throw new Error("Webbläsaren saknar stöd för undantagshantering i WebAssembly, som DuckDB behöver. Använd en webbläsare från 2022 eller senare.");
  }
  return eh;
}
