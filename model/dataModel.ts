// The data model: every Arrow file served to the pages, described once. The Utforska page renders
// it (in Swedish) and `scripts/readme-data.ts` writes the README's "Data files served to the pages"
// section from it; test/dataModel.test.ts checks both against the real loaders' Arrow schemas.

export type ColumnType = "utf8" | "int32" | "float64" | "bool";

export interface ColumnDoc {
  name: string;
  type: ColumnType;
  nullable: boolean;
  /** Swedish description, with the unit where there is one. */
  description: string;
}

export interface TableDoc {
  /** SQL table name on the Utforska page = file name without `.arrow`. */
  name: string;
  /** Swedish: what the table holds. */
  description: string;
  /** Swedish: one row per … */
  rows: string;
  /** Swedish: where the values come from. */
  provenance: string;
  columns: ColumnDoc[];
  /**
   * Set while the table's columns are not yet confirmed against its loader (it is built on
   * another branch): the integrator checks them and removes the flag.
   */
  preliminary?: string;
}

/** DuckDB's SQL type for each Arrow column type (what `DESCRIBE` shows on the page). */
export const SQL_TYPE: Record<ColumnType, string> = {utf8: "VARCHAR", int32: "INTEGER", float64: "DOUBLE", bool: "BOOLEAN"};

const c = (name: string, type: ColumnType, nullable: boolean, description: string): ColumnDoc => ({name, type, nullable, description});

const KOLADA_SOURCE =
  "Kolada (RKA), ögonblicksbild i data/kolada/ (se data/kolada/manifest.json för hämtdatum och ursprung). Visas som ”Källa: Kolada”; allt som räknas fram ur värdena är ”Egen bearbetning av data från Kolada”.";
const REPORT_SOURCE =
  "Kommunernas revisionsrapporter, avskrivna för hand i data/reports/<rapport>/ med radhänvisningar till rapportens text (source.txt); se data/reports/SCHEMA.md.";

const koladaRowColumns = (): ColumnDoc[] => [
  c("kpi", "utf8", false, "Koladas nyckeltals-id, t.ex. U40455"),
  c("municipality", "utf8", false, "Koladas områdes-id: kommunkod (1487), 0000 för riket, G… för kommungrupper"),
  c("period", "int32", false, "År som värdet avser"),
  c("gender", "utf8", false, "Kön: T totalt, K kvinnor, M män"),
  c("value", "float64", true, "Värdet i nyckeltalets enhet (se kolada_kpis.unit); tomt när Kolada saknar värde"),
  c("count", "int32", true, "Antal observationer bakom värdet enligt Kolada, när det anges"),
  c("status", "utf8", true, "Koladas status för värdet (t.ex. preliminärt), när det anges")
];

export const DATA_MODEL: readonly TableDoc[] = [
  {
    name: "kolada",
    description: "Nyckeltalen i sajtens katalog för de fyra kommunerna och jämförelseområdena.",
    rows: "ett värde per nyckeltal, område, år och kön",
    provenance: KOLADA_SOURCE,
    columns: koladaRowColumns()
  },
  {
    name: "kolada_all",
    description: "Huvudnyckeltalen (bland annat U40455) för alla kommuner, för rangordning och egna medelvärden.",
    rows: "ett värde per nyckeltal, kommun, år och kön",
    provenance: KOLADA_SOURCE,
    columns: koladaRowColumns()
  },
  {
    name: "kolada_kpis",
    description: "Katalogens nyckeltal med titel, kort etikett, tema och enhet.",
    rows: "ett nyckeltal",
    provenance: "Sajtens katalog (model/catalogue.ts) och Koladas metadata för nyckeltalen (data/kolada/metadata.json).",
    columns: [
      c("id", "utf8", false, "Koladas nyckeltals-id"),
      c("title", "utf8", false, "Nyckeltalets titel i Kolada"),
      c("label", "utf8", false, "Kort svensk etikett som sajten använder"),
      c("theme", "utf8", false, "Tema-id i sajtens katalog (t.ex. resultat)"),
      c("theme_label", "utf8", false, "Temats namn (t.ex. Resultat vid avslut)"),
      c("unit", "utf8", false, "Enhet: procent, kr/inv, kr, antal eller kvot"),
      c("gender_divided", "bool", false, "Sant när Kolada delar upp nyckeltalet på kön"),
      c("headline", "bool", false, "Sant för huvudnyckeltal som finns för alla kommuner i kolada_all"),
      c("description", "utf8", true, "Koladas beskrivning av nyckeltalet"),
      c("operating_area", "utf8", true, "Koladas verksamhetsområde"),
      c("publication_date", "utf8", true, "Koladas publiceringsdatum (ÅÅÅÅ-MM-DD)"),
      c("prel_publication_date", "utf8", true, "Koladas datum för preliminär publicering (ÅÅÅÅ-MM-DD)")
    ]
  },
  {
    name: "kolada_areas",
    description: "Områdena i sajtens katalog: de fyra kommunerna, riket och kommungrupperna.",
    rows: "ett område",
    provenance: "Sajtens katalog (model/catalogue.ts), med Koladas områdes-id och namn.",
    columns: [
      c("id", "utf8", false, "Koladas områdes-id"),
      c("title", "utf8", false, "Områdets namn"),
      c("type", "utf8", false, "Typ: K kommun, L riket, G kommungrupp"),
      c("size_group", "utf8", true, "Kommunens storleksgrupp (områdes-id för gruppen), för kommuner"),
      c("role", "utf8", false, "Roll på sajten: kommun, riket, mean (ovägt medel), size_group eller other")
    ]
  },
  {
    name: "report_figures",
    description: "Varje siffra som revisionsrapporterna tryckte i tabeller och diagramtexter.",
    rows: "en tryckt siffra",
    provenance: REPORT_SOURCE,
    columns: [
      c("report", "utf8", false, "Rapportens id, t.ex. ostersund-2022"),
      c("id", "utf8", false, "Siffrans id inom rapporten (F01 …)"),
      c("table", "utf8", true, "Tabellens id i rapportens meta.yaml; tomt för siffror i löptext"),
      c("indicator", "utf8", false, "Indikatorn som den står i rapporten"),
      c("kpi", "utf8", true, "Koladas nyckeltals-id när det går att avgöra"),
      c("kpi_match", "utf8", true, "cited: rapporten anger id:t; title: titeln motsvarar entydigt nyckeltalet"),
      c("unit", "utf8", false, "Enhet: procent, kr/inv, kr, antal eller kvot"),
      c("area", "utf8", false, "Området som det står i rapporten"),
      c("area_id", "utf8", true, "Koladas områdes-id när det är entydigt"),
      c("year", "int32", false, "År som siffran avser"),
      c("value", "float64", true, "Siffran i enheten ovan; tomt när cellen saknas i rapporten"),
      c("printed", "utf8", false, "Cellen exakt som den trycktes"),
      c("kind", "utf8", false, "observed, count, target, estimate eller missing"),
      c("line_from", "int32", false, "Första rad i rapportens source.txt där siffran står"),
      c("line_to", "int32", false, "Sista rad i rapportens source.txt där siffran står"),
      c("note", "utf8", true, "Anmärkning: tvetydighet, fotnot eller källa som rapporten anger"),
      c("contradictory", "bool", false, "Sant när rapporten motsäger sig själv om värdet"),
      c("table_title", "utf8", true, "Tabellens rubrik enligt meta.yaml; tomt för siffror i löptext"),
      c("table_source", "utf8", true, "Källan som rapporten anger för tabellen; tomt för siffror i löptext")
    ]
  },
  {
    name: "report_meta",
    description: "Revisionsrapporterna: vem som granskade vad och när, syfte och samlad slutsats.",
    rows: "en rapport (eller missiv)",
    provenance: REPORT_SOURCE,
    columns: [
      c("report", "utf8", false, "Rapportens id"),
      c("kommun", "utf8", false, "Kommunens Kolada-id"),
      c("kommun_name", "utf8", false, "Kommunens namn"),
      c("document", "utf8", false, "rapport eller missiv"),
      c("title", "utf8", false, "Rapportens titel som den trycktes"),
      c("auditor", "utf8", false, "Granskande revisionsbyrå eller -kontor"),
      c("authors", "utf8", true, "Namngivna författare, åtskilda med semikolon"),
      c("client", "utf8", false, "På vems uppdrag (kommunens revisorer)"),
      c("date", "utf8", false, "Rapportens datum: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ"),
      c("date_precision", "utf8", false, "Datumets precision: day, month eller year"),
      c("date_line_from", "int32", false, "Rad i source.txt där datumet står (från)"),
      c("date_line_to", "int32", false, "Rad i source.txt där datumet står (till)"),
      c("audited_bodies", "utf8", false, "Granskade nämnder, åtskilda med semikolon"),
      c("purpose", "utf8", true, "Granskningens syfte, ordagrant"),
      c("purpose_line_from", "int32", true, "Syftets första rad i source.txt"),
      c("purpose_line_to", "int32", true, "Syftets sista rad i source.txt"),
      c("conclusion", "utf8", true, "Samlad bedömning, ordagrant"),
      c("conclusion_line_from", "int32", true, "Slutsatsens första rad i source.txt"),
      c("conclusion_line_to", "int32", true, "Slutsatsens sista rad i source.txt"),
      c("source_file", "utf8", false, "Filnamnet på den text rapporten skrevs av från"),
      c("source_sha256", "utf8", false, "SHA-256 för source.txt"),
      c("source_lines", "int32", false, "Antal rader i source.txt"),
      c("related", "utf8", true, "Relaterade rapporter (missiv ↔ rapport), åtskilda med semikolon"),
      c("note", "utf8", true, "Anmärkning"),
      c("figures", "int32", false, "Antal siffror i report_figures"),
      c("lost", "int32", false, "Antal förlorade tabeller och diagram i report_lost"),
      c("assessments", "int32", false, "Antal bedömningar i report_assessments"),
      c("recommendations", "int32", false, "Antal egna (ej upprepade) rekommendationer")
    ]
  },
  {
    name: "report_assessments",
    description: "Varje revisionsfråga eller kontrollmål med revisorernas bedömning, ordagrant.",
    rows: "en revisionsfråga eller ett kontrollmål",
    provenance: REPORT_SOURCE,
    columns: [
      c("report", "utf8", false, "Rapportens id"),
      c("id", "utf8", false, "Bedömningens id (A1 …)"),
      c("order", "int32", false, "Ordning i rapporten"),
      c("question", "utf8", false, "Revisionsfrågan eller kontrollmålet, ordagrant"),
      c("question_line_from", "int32", false, "Frågans första rad i source.txt"),
      c("question_line_to", "int32", false, "Frågans sista rad i source.txt"),
      c("body", "utf8", false, "Den bedömda nämnden eller styrelsen"),
      c("assessment", "utf8", false, "Bedömningen, ordagrant"),
      c("line_from", "int32", false, "Bedömningens första rad i source.txt"),
      c("line_to", "int32", false, "Bedömningens sista rad i source.txt"),
      c("scale", "utf8", false, "ja, i huvudsak ja, delvis, nej eller ingen bedömning"),
      c("contradictory", "bool", false, "Sant när rapporten bedömer frågan olika på olika ställen"),
      c("other_text", "utf8", true, "Den andra läsningen, ordagrant"),
      c("other_line_from", "int32", true, "Den andra läsningens första rad"),
      c("other_line_to", "int32", true, "Den andra läsningens sista rad"),
      c("other_scale", "utf8", true, "Den andra läsningens bedömning"),
      c("note", "utf8", true, "Anmärkning")
    ]
  },
  {
    name: "report_recommendations",
    description: "Revisorernas formella rekommendationer, ordagrant.",
    rows: "en rekommendation",
    provenance: REPORT_SOURCE,
    columns: [
      c("report", "utf8", false, "Rapportens id"),
      c("id", "utf8", false, "Rekommendationens id (R1 …)"),
      c("order", "int32", false, "Ordning i rapporten"),
      c("text", "utf8", false, "Rekommendationen, ordagrant"),
      c("addressee", "utf8", false, "Mottagaren (nämnd eller styrelse)"),
      c("line_from", "int32", false, "Första rad i source.txt"),
      c("line_to", "int32", false, "Sista rad i source.txt"),
      c("repeats", "utf8", true, "Rekommendationen i en annan rapport som denna upprepar (rapport#id)"),
      c("note", "utf8", true, "Anmärkning")
    ]
  },
  {
    name: "report_lost",
    description: "Tabeller och diagram i rapporterna vars siffror inte gick att läsa ut ur texten.",
    rows: "en förlorad tabell eller ett diagram",
    provenance: REPORT_SOURCE,
    columns: [
      c("report", "utf8", false, "Rapportens id"),
      c("id", "utf8", false, "Id (L1 …)"),
      c("order", "int32", false, "Ordning i rapporten"),
      c("title", "utf8", false, "Bildtexten som den trycktes"),
      c("kind", "utf8", false, "table eller chart"),
      c("kpi", "utf8", true, "Nyckeltals-id som bildtexten anger, kommaseparerade"),
      c("categories", "utf8", true, "Serier eller rader som texten nämner, åtskilda med semikolon"),
      c("years", "utf8", true, "År som tabellen eller diagrammet visar, kommaseparerade"),
      c("prose", "utf8", true, "Vad löptexten säger om den, ordagrant"),
      c("prose_line_from", "int32", true, "Löptextens första rad"),
      c("prose_line_to", "int32", true, "Löptextens sista rad"),
      c("line_from", "int32", false, "Bildtextens första rad i source.txt"),
      c("line_to", "int32", false, "Bildtextens sista rad i source.txt"),
      c("note", "utf8", true, "Anmärkning")
    ]
  },
  {
    name: "report_vs_kolada",
    description: "Rapporternas siffror jämförda med Koladas värden i ögonblicksbilden.",
    rows: "en siffra i en rapport som har ett nyckeltal",
    provenance: `${REPORT_SOURCE} Jämförelsen mot Kolada är egen bearbetning.`,
    columns: [
      c("report", "utf8", false, "Rapportens id"),
      c("figure_id", "utf8", false, "Siffrans id i report_figures"),
      c("indicator", "utf8", false, "Indikatorn som den står i rapporten"),
      c("kpi", "utf8", false, "Koladas nyckeltals-id"),
      c("kpi_match", "utf8", false, "Hur nyckeltalet identifierades (cited eller title)"),
      c("area", "utf8", false, "Området som det står i rapporten"),
      c("area_id", "utf8", true, "Koladas områdes-id"),
      c("year", "int32", false, "År"),
      c("unit", "utf8", false, "Enhet"),
      c("printed", "utf8", false, "Cellen exakt som den trycktes"),
      c("report_value", "float64", false, "Rapportens värde"),
      c("decimals", "int32", false, "Antal decimaler som rapporten tryckte"),
      c("kolada_value", "float64", true, "Koladas värde i ögonblicksbilden, när det finns"),
      c("difference", "float64", true, "Koladas värde minus rapportens, i enheten ovan"),
      c("status", "utf8", false, "matches: lika med den precision rapporten tryckte; revised: Kolada har ett annat värde i dag; not_in_snapshot: värde saknas i ögonblicksbilden"),
      c("note", "utf8", true, "Anmärkning"),
      c("line_from", "int32", false, "Första rad i source.txt"),
      c("line_to", "int32", false, "Sista rad i source.txt")
    ]
  },
  {
    name: "report_themes",
    description: "Granskningsfrågornas teman (data/reports/themes.yaml): vilket tema varje fråga eller kontrollmål hör till, och varför.",
    rows: "en granskningsfråga (eller ett tema utan frågor)",
    provenance: `${REPORT_SOURCE} Temaindelningen är egen bearbetning, granskningsbar i data/reports/themes.yaml.`,
    columns: [
      c("theme", "utf8", false, "Temats id"),
      c("theme_label", "utf8", false, "Temats namn"),
      c("theme_description", "utf8", false, "Vad temat omfattar"),
      c("theme_order", "int32", false, "Temats ordning"),
      c("report", "utf8", true, "Rapportens id (tom för ett tema utan frågor)"),
      c("id", "utf8", true, "Bedömningens id i report_assessments"),
      c("why", "utf8", true, "Motivering till placeringen")
    ]
  },
  {
    name: "report_indicators",
    description: "De nyckeltal som följs upp sedan varje granskning.",
    rows: "ett nyckeltal för en granskning",
    provenance: "Egen bearbetning: valet av nyckeltal per granskning, i data/reports/themes.yaml.",
    columns: [
      c("report", "utf8", false, "Rapportens id"),
      c("kpi", "utf8", false, "Koladas nyckeltals-id"),
      c("order", "int32", false, "Ordning"),
      c("why", "utf8", false, "Varför nyckeltalet följs upp för granskningen")
    ]
  },
  {
    name: "prisbasbelopp",
    description: "Prisbasbeloppet per år, för omräkning till fasta priser.",
    rows: "ett år",
    provenance:
      "SCB:s publicerade prisbasbelopp (data/facts/prisbasbelopp.csv, se data/facts/README.md). Åren med checked = sant är kontrollerade mot ytterligare en publicerad källa. Belopp i fasta priser är egen bearbetning.",
    columns: [
      c("year", "int32", false, "År"),
      c("kronor", "int32", false, "Prisbasbeloppet i kronor"),
      c("source", "utf8", false, "Källa för beloppet (SCB, prisbasbelopp)"),
      c("checked", "bool", false, "Sant när beloppet är kontrollerat mot ytterligare en publicerad källa")
    ]
  }
];

export function tableDoc(name: string): TableDoc {
  const t = DATA_MODEL.find((x) => x.name === name);
  if (!t) throw new Error(`dataModel: no table named "${name}" (known: ${DATA_MODEL.map((x) => x.name).join(", ")})`);
  return t;
}

const escapeCell = (s: string) => s.replace(/\|/g, "\\|");

/** The README section "Data files served to the pages" (Markdown), generated from DATA_MODEL. */
export function renderReadmeSection(model: readonly TableDoc[] = DATA_MODEL): string {
  const lines: string[] = [
    "<!-- Generated from model/dataModel.ts by `npx tsx scripts/readme-data.ts`; do not edit by hand. -->",
    "",
    "Every file is served as `/data/<name>.arrow` (Arrow IPC) and is the SQL table `<name>` on the",
    "Utforska page. Descriptions are in Swedish, as on that page; they come from",
    "`model/dataModel.ts`.",
    "",
    "| file | rows | what | provenance |",
    "|---|---|---|---|"
  ];
  for (const t of model) {
    lines.push(`| \`${t.name}.arrow\` | ${escapeCell(t.rows)} | ${escapeCell(t.description)}${t.preliminary ? ` **Preliminary:** ${escapeCell(t.preliminary)}` : ""} | ${escapeCell(t.provenance)} |`);
  }
  for (const t of model) {
    lines.push("", `### \`${t.name}\``, "", "| column | type | null | description |", "|---|---|---|---|");
    for (const col of t.columns) {
      lines.push(`| \`${col.name}\` | ${col.type} (${SQL_TYPE[col.type]}) | ${col.nullable ? "yes" : "no"} | ${escapeCell(col.description)} |`);
    }
  }
  return lines.join("\n");
}

export const README_START = "<!-- data-model:start -->";
export const README_END = "<!-- data-model:end -->";

/** `readme` with the text between the markers replaced by the generated section. */
export function updateReadme(readme: string, section: string = renderReadmeSection()): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < 0 || end < start) throw new Error(`README.md: markers ${README_START} … ${README_END} not found (in that order)`);
  return `${readme.slice(0, start + README_START.length)}\n${section}\n${readme.slice(end)}`;
}
