// The terms of each source of the served tables (model/tables/sources.ts names them by id): a line
// of Swedish and where the terms are written. Read by the build only (the data package, the
// published files' metadata, the page Öppna data drawn at build time, docs/data-model.md): Kolada's
// terms are a web address, and no script the site serves may name another host (scripts/build.ts).
import type {Table} from "./table.js";
import type {LicenceId} from "./tables/sources.js";

/**
 * The terms of one source. None is an Open Definition licence with an identifier, so each is a
 * title and where the terms are written: a web address, or the data package's README.md, which
 * repeats every line.
 */
export interface Licence {
  /** The id tables name it by (model/tables/sources.ts), and the README's name for the line. */
  id: LicenceId;
  /** Swedish: the terms in a sentence or two. */
  title: string;
  /** Where the terms are written: their address, or "README.md" (the data package's). */
  path: string;
}

/** Kolada's terms of use (kolada.se, "Användarvillkor" for its API), for everything from Kolada, derived tables included. */
const KOLADA: Licence = {
  id: "kolada",
  title:
    "Koladas användarvillkor: data från Kolada får användas avgiftsfritt och utan avtal, även kommersiellt. Ange ”Källa: Kolada”; en egen bearbetning anges inte med Kolada som källa utan som ”Egen bearbetning av data från Kolada”.",
  path: "https://www.kolada.se/om-oss/api"
};

/** The audit reports: public documents of the kommuner, with their auditors and authors. */
const REPORTS: Licence = {
  id: "revisionsrapporter",
  title:
    "Revisionsrapporterna är allmänna handlingar hos kommunerna. De återges med sina granskare och författare (report_meta: auditor, authors), bedömningar, rekommendationer och siffror ordagrant, med raderna i rapportens text.",
  path: "README.md"
};

/** The kommuner's size groups (memberships); the site serves no geographic boundaries. */
const SIZE_GROUPS: Licence = {
  id: "kommungrupper",
  title:
    "Kommungrupperna efter invånarantal (områdes-id G…) och deras namn är Koladas och följer Koladas användarvillkor; vilken grupp en kommun hör till anges i sajtens katalog (model/catalogue.ts). Sajten publicerar inga geografiska gränser.",
  path: "README.md"
};

/** SCB's published prisbasbelopp. */
const SCB: Licence = {
  id: "scb-prisbasbelopp",
  title: "Prisbasbeloppen är SCB:s publicerade belopp, återgivna oförändrade (se data/facts/README.md i projektet).",
  path: "README.md"
};

/** What the site adds of its own: no licence for data has been chosen. */
const OWN: Licence = {
  id: "uppfoljning",
  title:
    "Uppföljnings egna indelningar och urval (teman, uppföljda nyckeltal, sajtens etiketter och ordning) och räkneexempel. Projektets MIT-licens gäller koden, inte data; någon licens för dessa data har inte angetts.",
  path: "README.md"
};

/** Every licence line, in the order the data package and its README list them. */
export const LICENCES: readonly Licence[] = [KOLADA, SIZE_GROUPS, REPORTS, SCB, OWN];

/** A table's licence lines, in its own order. */
export function licencesOf(table: Pick<Table, "name" | "licences">): Licence[] {
  return table.licences.map((id) => {
    const l = LICENCES.find((x) => x.id === id);
    if (!l) throw new Error(`model/licences.ts: no licence "${id}" (named by the table ${table.name})`);
    return l;
  });
}
