// The files in docs/ that are generated from the code, and how.
import {renderCatalogue} from "./catalogueDoc.js";
import {renderDataModel} from "./dataModelDoc.js";
import {renderPages} from "./pagesDoc.js";

export const GENERATED_DOCS: Readonly<Record<string, () => string>> = {
  "docs/data-model.md": renderDataModel,
  "docs/catalogue.md": renderCatalogue,
  "docs/pages.md": renderPages
};
