// download: PNG and SVG of a chart and CSV of its data, all made in the browser. The CSV holds
// exactly the chart's plotted rows (`tableOf(chart)`), with Swedish headers.
import {toCsv} from "../../model/csv.js";
import {attachTable, columnHeader, el, getDocument, tableOf, type ChartTable} from "./chartKit.js";
import {exploreHref} from "../explore/chartQuery.js";

export interface DownloadOptions {
  /** File name without extension ("resultat-vid-avslut-2023"). */
  filename: string;
  /** The rows for the CSV; default: the rows the chart carries. */
  table?: ChartTable;
  /**
   * The SQL over the served tables that returns exactly the table's rows (components/explore/
   * chartQuery.ts): adds the link "Öppna i Utforska". Every chart on a page has one (a test runs them).
   */
  query?: string;
  /** Which buttons to show (default all three). */
  formats?: readonly ("png" | "svg" | "csv")[];
  /** Saves a made file; default: a temporary <a download> link. Tests pass their own. */
  save?: (blob: Blob, filename: string) => void;
  document?: Document;
}

/**
 * CSV of a table (the project's one CSV writer, model/csv.ts): Swedish headers with units, values
 * unformatted (decimal point), UTF-8 with a byte order mark (so Excel reads the headers' å, ä, ö).
 */
export function csvFromTable(table: ChartTable): string {
  const rows = table.rows.map((r) => table.columns.map((c) => r[c.key]));
  return toCsv(table.columns.map(columnHeader), rows, {bom: true});
}

/** A chart's <svg> (the element itself or the first one inside it). */
export function chartSvg(chart: Element): SVGSVGElement | null {
  return chart.tagName.toLowerCase() === "svg" ? (chart as SVGSVGElement) : chart.querySelector("svg");
}

/** Standalone SVG markup: namespaced, black on white, so it reads the same outside the page. */
export function svgMarkup(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
  const w = svg.getAttribute("width") ?? "640";
  const h = svg.getAttribute("height") ?? "400";
  clone.setAttribute("width", w);
  clone.setAttribute("height", h);
  clone.setAttribute("style", `background: #ffffff; color: #1a1a1a; font-family: system-ui, sans-serif; font-size: 10px; overflow: visible;`);
  const doc = svg.ownerDocument;
  const bg = doc.createElementNS("http://www.w3.org/2000/svg", "rect");
  for (const [k, v] of Object.entries({x: "0", y: "0", width: "100%", height: "100%", fill: "#ffffff"})) bg.setAttribute(k, v);
  clone.insertBefore(bg, clone.firstChild);
  const serializer = new (doc.defaultView?.XMLSerializer ?? XMLSerializer)();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializer.serializeToString(clone)}`;
}

function defaultSave(doc: Document) {
  return (blob: Blob, filename: string) => {
    const url = URL.createObjectURL(blob);
    const a = doc.createElement("a");
    a.href = url;
    a.download = filename;
    doc.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
}

/** Render SVG markup to a PNG blob at `scale` × size (browser only: needs Image and canvas). */
export function pngFromSvg(markup: string, width: number, height: number, doc: Document, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    const url = URL.createObjectURL(new Blob([markup], {type: "image/svg+xml;charset=utf-8"}));
    img.onload = () => {
      const canvas = doc.createElement("canvas");
      canvas.width = Math.ceil(width * scale);
      canvas.height = Math.ceil(height * scale);
      const ctx = canvas.getContext("2d");
      if (!ctx) return reject(new Error("download: no 2D canvas context for the PNG"));
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("download: the PNG could not be made"))), "image/png");
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error("download: the chart's SVG could not be drawn for the PNG"));
    };
    img.src = url;
  });
}

/** What a download group saves: the chart's SVG (for PNG and SVG) and its table (for CSV). */
interface DownloadSource {
  svg: SVGSVGElement | null;
  table: ChartTable | undefined;
  filename: string;
  save: (blob: Blob, filename: string) => void;
}

/** Give the group's buttons their actions (once); each button names its format in data-download. */
function wire(div: HTMLElement, source: DownloadSource): void {
  if (div.hasAttribute("data-wired")) return;
  div.setAttribute("data-wired", "");
  const doc = div.ownerDocument;
  const actions: Record<string, () => void | Promise<void>> = {
    png: async () => {
      const svg = source.svg!;
      const w = Number(svg.getAttribute("width")) || 640;
      const h = Number(svg.getAttribute("height")) || 400;
      source.save(await pngFromSvg(svgMarkup(svg), w, h, doc), `${source.filename}.png`);
    },
    svg: () => source.save(new Blob([svgMarkup(source.svg!)], {type: "image/svg+xml;charset=utf-8"}), `${source.filename}.svg`),
    csv: () => source.save(new Blob([csvFromTable(source.table!)], {type: "text/csv;charset=utf-8"}), `${source.filename}.csv`)
  };
  for (const b of div.querySelectorAll<HTMLButtonElement>("button[data-download]")) {
    const action = actions[b.dataset.download ?? ""];
    b.addEventListener("click", () => {
      Promise.resolve()
        .then(action)
        .catch((e: unknown) => {
          b.after(el(doc, "span", "kit-error", `Nedladdningen misslyckades: ${e instanceof Error ? e.message : String(e)}`));
        });
    });
  }
}

/** Buttons "Ladda ner PNG / SVG / CSV" for a kit chart (a <div class="kit-download no-print">). */
export function download(chart: Element, options: DownloadOptions): HTMLElement {
  const doc = getDocument(options.document);
  const table = options.table ?? tableOf(chart);
  const svg = chartSvg(chart);
  const formats = options.formats ?? ["png", "svg", "csv"];
  const div = el(doc, "div", "kit-download no-print");
  div.setAttribute("role", "group");
  div.setAttribute("aria-label", "Ladda ner diagrammet och dess data");
  div.dataset.filename = options.filename;
  const button = (format: string, label: string, describe: string) => {
    const b = el(doc, "button", undefined, label);
    b.type = "button";
    b.dataset.download = format;
    b.setAttribute("aria-label", describe);
    div.append(b);
  };
  if (svg && formats.includes("png")) button("png", "PNG", "Ladda ner diagrammet som PNG-bild");
  if (svg && formats.includes("svg")) button("svg", "SVG", "Ladda ner diagrammet som SVG-bild");
  if (table && table.rows.length > 0 && formats.includes("csv")) button("csv", "CSV", "Ladda ner diagrammets data som CSV-fil");
  if (div.childElementCount > 0) div.prepend(el(doc, "span", "kit-download-label", "Ladda ner:"));
  if (options.query !== undefined && table && table.rows.length > 0) {
    const a = el(doc, "a", "kit-explore", "Öppna i Utforska");
    a.href = exploreHref(options.query);
    // rel="external" is Framework's opt-out of its link rewriting: in a page drawn at build time it
    // would decodeURI and encodeURI the href, and an escaped reserved character ("%2C") would come
    // out escaped twice ("%252C"), changing the SQL.
    a.rel = "external";
    // The accessible name begins with the visible text (WCAG 2.5.3, axe label-content-name-mismatch).
    a.setAttribute("aria-label", "Öppna i Utforska: diagrammets rader som en SQL-fråga");
    div.append(a);
  }
  if (table) attachTable(div, table);
  wire(div, {svg, table, filename: options.filename, save: options.save ?? defaultSave(doc)});
  return div;
}

/**
 * Before a download group is written into static HTML (a page rendered at build time): its table
 * in an attribute (JSON, base64: no character of it can end the attribute or be read as Markdown or
 * a page expression), since the rows it carries as a property do not survive serialisation; and
 * no mark of having been wired, since its actions do not survive either (hydrateDownloads wires it
 * in the browser).
 */
export function embedDownloadTables(root: Element): void {
  for (const div of root.querySelectorAll<HTMLElement>(".kit-download")) {
    const table = tableOf(div);
    if (table && !div.dataset.table) div.dataset.table = toBase64(JSON.stringify(table));
    div.removeAttribute("data-wired");
  }
}

const toBase64 = (text: string) => btoa(Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(""));
const fromBase64 = (b64: string) => new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));

/** In a page rendered at build time: give every download group its actions (its chart's SVG from its figure, its table from its attribute). */
export function hydrateDownloads(root: ParentNode, options: {save?: (blob: Blob, filename: string) => void} = {}): void {
  for (const div of root.querySelectorAll<HTMLElement>(".kit-download[data-filename]:not([data-wired])")) {
    const holder = div.closest("figure") ?? div.parentElement;
    wire(div, {
      svg: holder ? chartSvg(holder) : null,
      table: div.dataset.table ? (JSON.parse(fromBase64(div.dataset.table)) as ChartTable) : undefined,
      filename: div.dataset.filename!,
      save: options.save ?? defaultSave(div.ownerDocument)
    });
  }
}
