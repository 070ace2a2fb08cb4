// download: PNG and SVG of a chart and CSV of its data, all made in the browser. The CSV holds
// exactly the chart's plotted rows (`tableOf(chart)`), with Swedish headers.
import {csvFormatRow} from "d3-dsv";
import {columnHeader, el, getDocument, tableOf, type ChartTable} from "./chartKit.js";

export interface DownloadOptions {
  /** File name without extension ("resultat-vid-avslut-2023"). */
  filename: string;
  /** The rows for the CSV; default: the rows the chart carries. */
  table?: ChartTable;
  /** Which buttons to show (default all three). */
  formats?: readonly ("png" | "svg" | "csv")[];
  /** Saves a made file; default: a temporary <a download> link. Tests pass their own. */
  save?: (blob: Blob, filename: string) => void;
  document?: Document;
}

/** RFC 4180 CSV of a table: Swedish headers with units, values unformatted (decimal point), UTF-8 with BOM. */
export function csvFromTable(table: ChartTable): string {
  const header = table.columns.map(columnHeader);
  const body = table.rows.map((r) =>
    table.columns.map((c) => {
      const v = r[c.key];
      return v === null || v === undefined ? "" : String(v);
    })
  );
  return "\ufeff" + [header, ...body].map((r) => csvFormatRow(r)).join("\r\n") + "\r\n";
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

/** Buttons "Ladda ner PNG / SVG / CSV" for a kit chart (a <div class="kit-download no-print">). */
export function download(chart: Element, options: DownloadOptions): HTMLElement {
  const doc = getDocument(options.document);
  const save = options.save ?? defaultSave(doc);
  const table = options.table ?? tableOf(chart);
  const svg = chartSvg(chart);
  const formats = options.formats ?? ["png", "svg", "csv"];
  const div = el(doc, "div", "kit-download no-print");
  div.setAttribute("role", "group");
  div.setAttribute("aria-label", "Ladda ner diagrammet och dess data");
  const button = (label: string, describe: string, action: () => void | Promise<void>) => {
    const b = el(doc, "button", undefined, label);
    b.type = "button";
    b.setAttribute("aria-label", describe);
    b.addEventListener("click", () => {
      Promise.resolve()
        .then(action)
        .catch((e: unknown) => {
          b.after(el(doc, "span", "kit-error", `Nedladdningen misslyckades: ${e instanceof Error ? e.message : String(e)}`));
        });
    });
    div.append(b);
  };
  if (svg && formats.includes("png")) {
    button("PNG", "Ladda ner diagrammet som PNG-bild", async () => {
      const w = Number(svg.getAttribute("width")) || 640;
      const h = Number(svg.getAttribute("height")) || 400;
      save(await pngFromSvg(svgMarkup(svg), w, h, doc), `${options.filename}.png`);
    });
  }
  if (svg && formats.includes("svg")) {
    button("SVG", "Ladda ner diagrammet som SVG-bild", () =>
      save(new Blob([svgMarkup(svg)], {type: "image/svg+xml;charset=utf-8"}), `${options.filename}.svg`)
    );
  }
  if (table && table.rows.length > 0 && formats.includes("csv")) {
    button("CSV", "Ladda ner diagrammets data som CSV-fil", () =>
      save(new Blob([csvFromTable(table)], {type: "text/csv;charset=utf-8"}), `${options.filename}.csv`)
    );
  }
  if (div.childElementCount > 0) div.prepend(el(doc, "span", "kit-download-label", "Ladda ner:"));
  return div;
}
