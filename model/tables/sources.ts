// Provenance phrases shared by several tables (Swedish, shown on Utforska and in docs/data-model.md).

export const KOLADA_SOURCE =
  "Kolada (RKA), ögonblicksbild i data/kolada/ (se data/kolada/manifest.json för hämtdatum och ursprung). Visas som ”Källa: Kolada”; allt som räknas fram ur värdena är ”Egen bearbetning av data från Kolada”.";

export const REPORT_SOURCE =
  "Kommunernas revisionsrapporter, avskrivna för hand i data/reports/<rapport>/ med radhänvisningar till rapportens text (source.txt); se data/reports/SCHEMA.md.";
