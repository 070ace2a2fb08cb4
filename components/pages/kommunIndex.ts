// The kommun index (src/kommun/index.md): the list and the map are drawn at build time; the script
// shows the search field and filters the list as the reader types (ignoring case and diacritics,
// so "ostersund" finds Östersund; Enter opens the only or first match), and names the kommun under
// the pointer or the keyboard's focus on the map. Bundled into src/bundles/kommunIndex.js.
import {searchKey} from "../kit/wording.js";

export function kommunIndex(root: ParentNode): void {
  const search = root.querySelector<HTMLElement>(".kommun-search");
  const input = root.querySelector<HTMLInputElement>("#kommun-sok");
  const count = root.querySelector<HTMLElement>("#kommun-antal");
  const items = [...root.querySelectorAll<HTMLLIElement>(".kommun-list li")];
  if (search && input && count) {
    search.hidden = false;
    const update = () => {
      const q = searchKey(input.value.trim());
      let shown = 0;
      for (const li of items) {
        const match = q === "" || li.dataset.key!.includes(q);
        li.hidden = !match;
        if (match) shown++;
      }
      count.textContent =
        q === "" ? `${items.length} kommuner` : shown === 0 ? "Ingen kommun matchar sökningen." : `${shown} av ${items.length} kommuner matchar.`;
    };
    input.addEventListener("input", update);
    input.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      const first = items.find((li) => !li.hidden)?.querySelector("a");
      if (first && input.value.trim() !== "") first.click();
    });
    update();
  }
  const readout = root.querySelector<HTMLElement>(".kommun-map-readout");
  if (readout)
    for (const a of root.querySelectorAll<SVGAElement>(".kommun-map-svg a")) {
      const show = () => (readout.textContent = a.getAttribute("aria-label"));
      a.addEventListener("pointerenter", show);
      a.addEventListener("focus", show);
    }
}
