// Plot labels each mark's <g> with an English aria-label ("line", "rule", "x-axis tick"). ARIA
// does not allow aria-label on a role-less <g> (axe: aria-prohibited-attr), and the words are
// noise in Swedish: the chart's own aria-label/aria-description and its data table carry the
// content. This moves those names to data-mark (kept for tests and styling) on every <g>.
export function withSwedishMarkLabels<E extends Element>(chart: E): E {
  const groups = chart.matches("g[aria-label]") ? [chart] : [];
  groups.push(...(Array.from(chart.querySelectorAll("g[aria-label]")) as unknown as E[]));
  for (const g of groups) {
    g.setAttribute("data-mark", g.getAttribute("aria-label")!);
    g.removeAttribute("aria-label");
  }
  return chart;
}
