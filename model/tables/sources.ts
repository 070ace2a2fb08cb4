// Where the served tables' values come from, how to credit them and the terms they come under,
// each source written once (Swedish: shown on Utforska and the page Öppna data, in
// docs/data-model.md, in the published files' metadata and in the data package).
import {OWN_PROCESSING} from "../vocabulary.js";

export const KOLADA_SOURCE =
  "Kolada (RKA), ögonblicksbild i data/kolada/ (se data/kolada/manifest.json för hämtdatum och ursprung). Visas som ”Källa: Kolada”; allt som räknas fram ur värdena är ”Egen bearbetning av data från Kolada”.";

export const REPORT_SOURCE =
  "Kommunernas revisionsrapporter, avskrivna för hand i data/reports/<rapport>/ med radhänvisningar till rapportens text (source.txt); se data/reports/SCHEMA.md.";

// ---- credit lines -------------------------------------------------------------------------------

/** Values as Kolada publishes them. */
export const CREDIT_KOLADA = "Källa: Kolada";
/** Anything computed from Kolada's values (Kolada's terms: an own processing is not credited to Kolada). */
export const CREDIT_KOLADA_PROCESSED = OWN_PROCESSING;
/** The audit reports' own words and figures. */
export const CREDIT_REPORTS = "Källa: kommunernas revisionsrapporter (granskare och författare i report_meta, rader i rapportens text)";
/** The site's own choices: a theme per question, the KPIs followed per audit, worked examples. */
export const CREDIT_OWN = "Uppföljning";

// ---- licences -----------------------------------------------------------------------------------

/**
 * The terms of one source. None is an Open Definition licence with an identifier, so each is a
 * title and where the terms are written: a web address, or the data package's README.md, which
 * repeats every line.
 */
export interface Licence {
  /** A stable short id (the data package's README.md names each line by it). */
  id: string;
  /** Swedish: the terms in a sentence or two. */
  title: string;
  /** Where the terms are written: their address, or "README.md" (the data package's). */
  path: string;
}

/** Kolada's terms of use (kolada.se, "Användarvillkor" for its API), for everything from Kolada, derived tables included. */
export const KOLADA_TERMS: Licence = {
  id: "kolada",
  title:
    "Koladas användarvillkor: data från Kolada får användas avgiftsfritt och utan avtal, även kommersiellt. Ange ”Källa: Kolada”; en egen bearbetning anges inte med Kolada som källa utan som ”Egen bearbetning av data från Kolada”.",
  path: "https://www.kolada.se/om-oss/api"
};

/** The audit reports: public documents of the kommuner, with their auditors and authors. */
export const REPORT_TERMS: Licence = {
  id: "revisionsrapporter",
  title:
    "Revisionsrapporterna är allmänna handlingar hos kommunerna. De återges med sina granskare och författare (report_meta: auditor, authors), bedömningar, rekommendationer och siffror ordagrant, med raderna i rapportens text.",
  path: "README.md"
};

/** The kommuner's size groups (memberships); the site serves no geographic boundaries. */
export const SIZE_GROUP_TERMS: Licence = {
  id: "kommungrupper",
  title:
    "Kommungrupperna efter invånarantal (områdes-id G…) och deras namn är Koladas och följer Koladas användarvillkor; vilken grupp en kommun hör till anges i sajtens katalog (model/catalogue.ts). Sajten publicerar inga geografiska gränser.",
  path: "README.md"
};

/** SCB's published prisbasbelopp. */
export const SCB_TERMS: Licence = {
  id: "scb-prisbasbelopp",
  title: "Prisbasbeloppen är SCB:s publicerade belopp, återgivna oförändrade (se data/facts/README.md i projektet).",
  path: "README.md"
};

/** What the site adds of its own: no licence for data has been chosen. */
export const OWN_TERMS: Licence = {
  id: "uppfoljning",
  title:
    "Uppföljnings egna indelningar och urval (teman, uppföljda nyckeltal, sajtens etiketter och ordning) och räkneexempel. Projektets MIT-licens gäller koden, inte data; någon licens för dessa data har inte angetts.",
  path: "README.md"
};

/** Every licence line, in the order the data package and its README list them. */
export const LICENCES: readonly Licence[] = [KOLADA_TERMS, SIZE_GROUP_TERMS, REPORT_TERMS, SCB_TERMS, OWN_TERMS];
