// An element drawn with the kit, as HTML for a page rendered at build time (scripts/site/staticParts.ts):
// the download groups keep their tables (./download.ts), the whole is one line (a Markdown HTML
// block ends at a blank line, after which report text would be read as Markdown), and no text can
// be read by Framework as a page expression (`${…}`) or by the page words as a word (`{{…}}`).
import {embedDownloadTables} from "./download.js";

export function staticHtml(element: Element): string {
  embedDownloadTables(element);
  // Plot's <style> is raw text: its line breaks become spaces (an entity there would be CSS).
  for (const style of element.querySelectorAll("style")) style.textContent = (style.textContent ?? "").replace(/\s*\n\s*/g, " ");
  return element.outerHTML.replace(/\n/g, "&#10;").replace(/\$/g, "&#36;").replace(/\{\{/g, "&#123;{");
}

/**
 * One element from the same section drawn at two widths: the wide drawing, with each of its charts
 * (`.kit-chart`, in order) followed by the narrow drawing's chart of the same place. The stylesheet
 * shows the wide chart on a wide screen and the narrow one on a phone (`.kit-wide`, `.kit-narrow`).
 * Everything else (text, tables, downloads) is the wide drawing's, once.
 */
export function responsive(wide: Element, narrow: Element): Element {
  const wides = [...wide.querySelectorAll(".kit-chart")];
  const narrows = [...narrow.querySelectorAll(".kit-chart")];
  if (wides.length !== narrows.length) throw new Error(`responsive: the two drawings differ (${wides.length} and ${narrows.length} charts)`);
  wides.forEach((w, i) => {
    w.classList.add("kit-wide");
    narrows[i].classList.add("kit-narrow");
    w.after(narrows[i]);
  });
  return wide;
}
