// A kommun page (src/kommun/[kommun].md): drawn at build time (scripts/site/staticParts.ts); its
// script gives the downloads their actions and the seven-peers toggle its action. Bundled into
// src/bundles/kommun.js (scripts/site/bundle.ts): no charting library.
import {hydrateDownloads} from "../kit/download.js";

/** Show the toggle and let it show or hide the chart with each of the seven liknande kommuner. */
export function wirePeersToggle(root: ParentNode): void {
  for (const section of root.querySelectorAll<HTMLElement>(".kommun-peers-section")) {
    const button = section.querySelector<HTMLButtonElement>(".kommun-peers-toggle");
    const peers = section.querySelector<HTMLElement>(".kommun-peers-chart");
    if (!button || !peers) continue;
    button.hidden = false;
    button.addEventListener("click", () => {
      const show = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", String(show));
      button.textContent = show ? "Dölj de sju i diagrammet" : "Visa de sju i diagrammet";
      peers.hidden = !show;
    });
  }
}

export function kommunPage(root: ParentNode): void {
  hydrateDownloads(root);
  wirePeersToggle(root);
}
