// The audit year on a kit trend chart: a dashed vertical rule with a label, also said in the
// chart's description.
const SVG_NS = "http://www.w3.org/2000/svg";

/** The Plot <svg> inside a kit chart (the chart itself, or inside a legend wrapper), or null. */
function plotSvg(chart: Element): (SVGSVGElement & {scale?: (name: string) => {apply?: (v: unknown) => number; range?: number[]} | undefined}) | null {
  const hasScale = (e: Element) => typeof (e as unknown as {scale?: unknown}).scale === "function";
  if (chart.tagName.toLowerCase() === "svg" && hasScale(chart)) return chart as never;
  for (const s of Array.from(chart.querySelectorAll("svg"))) if (hasScale(s)) return s as never;
  return null;
}

/**
 * Mark a year on a kit trend chart: a dashed vertical rule with a label ("Granskningen 2022"),
 * also said in the chart's description. Returns false when the chart has no x scale (e.g. the
 * empty state) or the year lies outside it.
 */
export function markYear(chart: Element, year: number, label: string): boolean {
  const svg = plotSvg(chart);
  if (!svg?.scale) return false;
  const x = svg.scale("x");
  const yScale = svg.scale("y");
  if (!x?.apply || !yScale?.range) return false;
  const px = x.apply(year);
  if (!Number.isFinite(px)) return false;
  const [r0, r1] = yScale.range;
  const top = Math.min(r0, r1);
  const bottom = Math.max(r0, r1);
  const doc = svg.ownerDocument;
  const g = doc.createElementNS(SVG_NS, "g");
  g.setAttribute("class", "year-mark");
  const line = doc.createElementNS(SVG_NS, "line");
  for (const [k, v] of Object.entries({
    x1: px,
    x2: px,
    y1: top,
    y2: bottom,
    stroke: "currentColor",
    "stroke-width": 1.5,
    "stroke-dasharray": "4 3"
  }))
    line.setAttribute(k, String(v));
  const text = doc.createElementNS(SVG_NS, "text");
  const [x0, x1] = (x as {range?: number[]}).range ?? [px, px];
  const right = px > (Math.min(x0, x1) + Math.max(x0, x1)) / 2;
  const attrs = {
    x: right ? px - 4 : px + 4,
    y: bottom - 6,
    fill: "currentColor",
    "font-size": 11,
    "font-weight": 600,
    "text-anchor": right ? "end" : "start"
  };
  for (const [k, v] of Object.entries(attrs)) text.setAttribute(k, String(v));
  text.textContent = label;
  g.append(line, text);
  svg.append(g);
  const d = svg.getAttribute("aria-description");
  if (d !== null) svg.setAttribute("aria-description", `${d} Den streckade lodräta linjen markerar ${label.charAt(0).toLowerCase()}${label.slice(1)}.`);
  return true;
}
