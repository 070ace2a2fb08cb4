// Kolada's REAL memberships as the frozen seed snapshot holds them (test/fixtures/kolada-seed/
// metadata.json): the catalogue kommuner's size groups and the kommun_groups rows, read the way the
// build reads them (loaders/kolada/groups.ts, loaders/analysis/kommunGroups.ts), for tests that need
// a kommun's groups. The model declares none of them.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {catalogueJson, type SizeGroups} from "../../model/catalogue.js";
import {catalogueSizeGroups} from "../../loaders/kolada/groups.js";
import {kommunGroupRows} from "../../loaders/analysis/kommunGroups.js";
import {KOMMUNER_FILE, METADATA_FILE, parseKommuner} from "../../loaders/kolada/snapshot.js";
import type {KommunName, SnapshotMetadata} from "../../loaders/kolada/types.js";
import {SEED_DIR} from "./seed.js";

const metadata = (): SnapshotMetadata => JSON.parse(readFileSync(join(SEED_DIR, METADATA_FILE), "utf8")) as SnapshotMetadata;

/** The seed's kommuner.csv, read as the snapshot reader reads it. */
const kommuner = (): KommunName[] => parseKommuner(readFileSync(join(SEED_DIR, KOMMUNER_FILE), "utf8"), join(SEED_DIR, KOMMUNER_FILE));

/** Each catalogue kommun's size group, as the seed's memberships give it. */
export const SEED_SIZE_GROUPS: SizeGroups = catalogueSizeGroups({metadata: metadata()}, join(SEED_DIR, METADATA_FILE));

/** catalogue.json as the build serves it from the seed's memberships. */
export const seedCatalogue = () => catalogueJson(SEED_SIZE_GROUPS);

/** The seed's kommun_groups rows (every kommun with its groups). */
export const seedKommunGroupRows = () => kommunGroupRows({metadata: metadata(), kommuner: kommuner()}, SEED_DIR);

/** The seed's kommun_groups rows of the catalogue's kommuner only, with the columns Kostnad and Åldersprofiler load (model/pageData.ts). */
export const seedCatalogueGroupRows = () =>
  seedKommunGroupRows()
    .filter((r) => SEED_SIZE_GROUPS.has(r.municipality))
    .map(({municipality, name, size_group, size_group_name}) => ({municipality, name, size_group, size_group_name}));
