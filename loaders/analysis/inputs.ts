// Stage 1 of the pipeline: the validated inputs every derived table is computed from, read once per
// process, and once per build where the build shares them between processes (../inputCache.ts).
// Each reader validates its files (file:line errors) before anything is derived.
import {join} from "node:path";
import {areaIds, catalogueAreas, catalogueKommunIds, kommunOf, type CatalogueArea, type SizeGroups} from "../../model/catalogue.js";
import {catalogueSizeGroups} from "../kolada/groups.js";
import {METADATA_FILE, readSnapshot, snapshotDir} from "../kolada/snapshot.js";
import {allKommunRows, catalogueRows} from "../kolada/servedTables.js";
import type {KoladaRow, Snapshot} from "../kolada/types.js";
import {loadCheckedReports, type ReportData} from "../reports/check.js";
import {readPrisbasbelopp, type PrisbasbeloppFact} from "../facts/prisbasbelopp.js";
import {REPORTS_DIR} from "../paths.js";
import {cachedInput} from "../inputCache.js";

/** A value read or computed once per loader process. */
export const memo = <T>(read: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= read());
};

/** The committed Kolada snapshot (values, kommun list, metadata, manifest), checksums verified. */
export const snapshot = memo((): Snapshot => cachedInput("snapshot", [snapshotDir()], () => readSnapshot(snapshotDir())));

/** Each catalogue kommun's size group, from the snapshot's memberships (a kommun in none stops the build, naming metadata.json and the field). */
export const sizeGroups = memo((): SizeGroups => catalogueSizeGroups(snapshot(), join(snapshotDir(), METADATA_FILE)));

/** The catalogue's areas: its kommuner, the references and the kommuner's size groups (sizeGroups). */
export const areas = memo((): CatalogueArea[] => catalogueAreas(sizeGroups()));

/** Catalogue KPIs × catalogue areas (the catalogue's kommuner, the references, their size groups). */
export const catalogueValues = memo((): KoladaRow[] => catalogueRows(snapshot().rows, areaIds(sizeGroups())));

/** The kommuner outside the catalogue, in kommuner.csv's order: those a reader can add to a dashboard. */
export const otherKommunIds = memo((): string[] =>
  snapshot()
    .kommuner.map((k) => k.id)
    .filter((id) => !kommunOf(id))
);

/**
 * Every kommun the per-kommun tables are derived for: the catalogue's (in its order), then every
 * other kommun of kommuner.csv (in the file's order). The dashboards' slices keep the catalogue's
 * rows (model/pageData.ts DASHBOARD_AREAS); an added kommun's file is cut from the same rows.
 */
export const everyKommunIds = memo((): string[] => [...catalogueKommunIds(), ...otherKommunIds()]);

/**
 * Catalogue KPIs × the catalogue's areas and every kommun of the snapshot, in the snapshot's order:
 * what kolada.arrow serves, and what the per-kommun tables are derived from.
 */
export const koladaValues = memo((): KoladaRow[] => catalogueRows(snapshot().rows, [...areaIds(sizeGroups()), ...everyKommunIds()]));

/** Headline KPIs × every kommun in the snapshot's kommun list: what kolada_all.arrow serves. */
export const everyKommunValues = memo((): KoladaRow[] =>
  allKommunRows(
    snapshot().rows,
    snapshot().kommuner.map((m) => m.id)
  )
);

/** Every audit report folder, validated and checked against its source lines. */
export const reports = memo((): ReportData[] => cachedInput("reports", [REPORTS_DIR], () => loadCheckedReports(REPORTS_DIR)));

/** The prisbasbelopp series (data/facts/prisbasbelopp.csv). */
export const prisbasbeloppSeries = memo((): PrisbasbeloppFact[] => readPrisbasbelopp());
