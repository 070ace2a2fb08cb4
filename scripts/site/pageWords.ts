// Page words: model facts written into a page's prose at build time. `{{kommuner}}` in a page's
// Markdown becomes "Vänersborg, Alingsås, Östersund och Alvesta" from the catalogue, and
// `{{ALDER.parts.participants}}` the KPI id the page model declares, so the prose names what the
// model declares without a script: the text is there at first paint and does not move when the
// page's modules load (an inline `${…}` expression renders later and shifts the page).
import {theKommuner} from "../../components/audit/sentences.js";
import {formatList} from "../../components/kit/wording.js";
import {formatCount} from "../../components/kit/format.js";

import {KOMMUNER, kpiOf} from "../../model/catalogue.js";
import {COMPARISON_RULE_TEXT} from "../../model/comparisons.js";
import {KOMMUN_HEADLINE} from "../../model/pages/kommun.js";
import {ALDER} from "../../model/pages/alder.js";
import {KOSTNAD} from "../../model/pages/kostnad.js";
import {OVERSIKT} from "../../model/pages/oversikt.js";
import {RESULTAT} from "../../model/pages/resultat.js";
import type {AuditRoute} from "../../loaders/reports/pages.js";

/** What a word can see: the page's path and its route parameters (the audit pages' `report`). */
export interface WordContext {
  path?: string;
  params?: Readonly<Record<string, string>>;
}

export type PageWord = (context: WordContext) => string;

/** Every text fact of the page models, by its path: "ALDER.parts.participants" → "U40811". */
export function modelWords(models: Readonly<Record<string, unknown>>): Record<string, PageWord> {
  const words: Record<string, PageWord> = {};
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") words[path] = () => value;
    else if (value && typeof value === "object" && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  for (const [name, model] of Object.entries(models)) walk(model, name);
  return words;
}

/** The site's page words, from the catalogue, the page models and the report folders. */
export function pageWords(audits: readonly AuditRoute[], kommunNames: ReadonlyMap<string, string> = new Map()): Readonly<Record<string, PageWord>> {
  return {
    ...modelWords({ALDER, KOSTNAD, OVERSIKT, RESULTAT}),
    /** How a dashboard's comparison groups are drawn, the one rule of model/comparisons.ts. */
    jamforelseregel: () => COMPARISON_RULE_TEXT,
    /** The catalogue's kommuner: "Vänersborg, Alingsås, Östersund och Alvesta". */
    kommuner: () => formatList(KOMMUNER.map((k) => k.name)),
    /** The audited kommuner, counted: "de fyra kommunerna". */
    "granskade-kommuner": () => theKommuner(new Set(audits.map((a) => a.kommun)).size),
    /** On a kommun page, the kommun's name: "Östersund". */
    kommun: ({params, path}) => {
      const name = kommunNames.get(params?.kommun ?? "");
      if (!name) throw new Error(`${path ?? "page"}: {{kommun}} needs a kommun page (kommun "${params?.kommun ?? ""}" is not in the snapshot's kommuner.csv)`);
      return name;
    },
    /** How many kommuner have a page (the snapshot's kommuner.csv): "290". */
    "antal-kommuner": () => formatCount(kommunNames.size),
    /** The kommun pages' headline KPI: "Börjat arbeta eller studera". */
    "kommun-nyckeltal": () => kpiOf(KOMMUN_HEADLINE).label,
    "kommun-nyckeltal-liten": () => kpiOf(KOMMUN_HEADLINE).label.toLowerCase(),
    /** On an audit page, the audit's name: "Alvesta 2018". */
    granskning: ({params, path}) => {
      const audit = audits.find((a) => a.report === params?.report);
      if (!audit) throw new Error(`${path ?? "page"}: {{granskning}} needs an audit page (report "${params?.report ?? ""}" is not in data/reports)`);
      return audit.name;
    }
  };
}

const WORD = /\{\{([\w.-]+)\}\}/g;

/** What the plugin needs of markdown-it's core: its rule chain and the tokens it hands a rule. */
interface TextToken {
  type: string;
  content: string;
  children: TextToken[] | null;
}
interface CoreState {
  tokens: TextToken[];
  env: WordContext | undefined;
}
export interface MarkdownItCore {
  core: {ruler: {after(after: string, name: string, rule: (state: CoreState) => void): void}};
}

/** `text` with each `{{word}}` replaced; an unknown word stops the build with one line naming it. */
export function expandWords(text: string, words: Readonly<Record<string, PageWord>>, context: WordContext = {}): string {
  return text.replace(WORD, (_, name: string) => {
    const word = words[name];
    if (!word) throw new Error(`${context.path ?? "page"}: unknown page word {{${name}}} (see scripts/site/pageWords.ts)`);
    return word(context);
  });
}

/** A markdown-it plugin for the config's `markdownIt`: expands page words in text (headings included, before their anchors). */
export function pageWordsPlugin(words: Readonly<Record<string, PageWord>>) {
  return <M extends MarkdownItCore>(md: M): M => {
    md.core.ruler.after("inline", "page-words", (state) => {
      for (const token of state.tokens) {
        for (const child of token.children ?? []) {
          if (child.type === "text" && child.content.includes("{{")) child.content = expandWords(child.content, words, state.env);
        }
      }
    });
    return md;
  };
}
