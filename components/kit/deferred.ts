// Sections below the fold are built when the reader comes near them, not while the page loads:
// building every chart at once kept the main thread busy for most of a second on a phone. A
// deferred section is a placeholder that keeps room for the section; the section is built into it
// when it comes within half a viewport of the viewport, each in its own task, and every pending
// placeholder is built at once before printing (`beforeprint`), so a printed page is whole. The
// placeholder stays as the section's wrapper: Framework removes what a cell displayed when the
// cell runs again, and that is the placeholder.
// When a page re-renders a section the reader has already come to (a new choice, a new width),
// it is built at once in the same task, so the reader never sees the placeholder flash. A link
// to a place inside a section not built yet (/granskningar/alvesta-2018#bedomning-A9) builds the
// sections and then goes to that place.
import {getDocument} from "./chartKit.js";
import {keepRoom, releaseRoom, type Room} from "./room.js";

export interface DeferredOptions {
  /** Room kept for the section before it is built: the room declared beside the section (`section.room`, ./room.ts). */
  room?: Room;
  /** For tests: the document (default: the global one). */
  document?: Document;
}

/** Pending placeholders and the machinery shared by a document's deferred sections. */
interface Deferrer {
  pending: Map<Element, () => Element>;
  queue: Element[];
  observer: IntersectionObserver;
  /** Set once the first placeholder has been built: from then on, a re-rendered section near the viewport is built at once. */
  settled: boolean;
  scheduled: boolean;
  /** A check of the address's #place is due at the end of this task. */
  hashCheck: boolean;
}

const deferrers = new WeakMap<Document, Deferrer>();

/** How far ahead of the viewport a section is built, in viewport heights. */
const AHEAD = 0.5;

/** Build the placeholder's section in its place (no-op when it was built or left the page). */
function build(state: Deferrer, placeholder: Element): void {
  const render = state.pending.get(placeholder);
  if (!render) return;
  state.pending.delete(placeholder);
  state.observer.unobserve(placeholder);
  if (!placeholder.isConnected) return;
  state.settled = true;
  releaseRoom(placeholder as HTMLElement);
  placeholder.setAttribute("data-deferred", "built");
  try {
    placeholder.replaceChildren(render());
  } catch (error) {
    // Shown where the section would be, and reported like a failed cell.
    placeholder.textContent = "Avsnittet kunde inte visas.";
    placeholder.setAttribute("role", "alert");
    console.error(error);
  }
}

/** Build the queued placeholders one per task, so no single task builds several sections. */
function drain(state: Deferrer, win: Window): void {
  if (state.scheduled) return;
  state.scheduled = true;
  win.setTimeout(() => {
    state.scheduled = false;
    const next = state.queue.shift();
    if (next) build(state, next);
    if (state.queue.length) drain(state, win);
  }, 0);
}

/** Build every pending section now (before printing). */
export function buildAllDeferred(doc: Document = getDocument()): void {
  const state = deferrers.get(doc);
  if (!state) return;
  state.queue.length = 0;
  for (const placeholder of [...state.pending.keys()]) build(state, placeholder);
}

/** When the address names a place (#id) that is not on the page, build every pending section and go there. */
function revealHashTarget(doc: Document, win: Window): void {
  const id = decodeURIComponent(win.location.hash.slice(1));
  if (!id || doc.getElementById(id)) return;
  buildAllDeferred(doc);
  doc.getElementById(id)?.scrollIntoView();
}

function deferrer(doc: Document, win: Window & typeof globalThis): Deferrer {
  let state = deferrers.get(doc);
  if (!state) {
    const s: Deferrer = {
      pending: new Map(),
      queue: [],
      observer: new win.IntersectionObserver(
        (entries) => {
          for (const e of entries) if (e.isIntersecting && s.pending.has(e.target) && !s.queue.includes(e.target)) s.queue.push(e.target);
          if (s.queue.length) drain(s, win);
        },
        {rootMargin: `${AHEAD * 100}% 0px ${AHEAD * 100}% 0px`}
      ),
      settled: false,
      scheduled: false,
      hashCheck: false
    };
    deferrers.set(doc, s);
    win.addEventListener("beforeprint", () => buildAllDeferred(doc));
    win.addEventListener("hashchange", () => revealHashTarget(doc, win));
    state = s;
  }
  return state;
}

/** Whether an element lies within AHEAD viewport heights of the viewport. */
function nearViewport(element: Element, win: Window): boolean {
  const r = element.getBoundingClientRect();
  return r.bottom >= -win.innerHeight * AHEAD && r.top <= win.innerHeight * (1 + AHEAD);
}

/**
 * A section built when the reader comes near it: returns a placeholder (class "kit-deferred",
 * data-deferred "pending") keeping the section's room; `render()` is built into it (data-deferred
 * "built") when it comes within half a viewport of the viewport, or before printing. Display it
 * in the task that made it (as `display(deferred(…))` does). Without IntersectionObserver (or a
 * window), `render()` at once.
 */
export function deferred(render: () => Element, options: DeferredOptions = {}): Element {
  const doc = getDocument(options.document);
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || typeof win.IntersectionObserver !== "function") return render();
  const state = deferrer(doc, win);
  const placeholder = doc.createElement("div");
  placeholder.className = "kit-deferred";
  placeholder.setAttribute("data-deferred", "pending");
  if (options.room) keepRoom(placeholder, options.room);
  state.pending.set(placeholder, render);
  state.observer.observe(placeholder);
  queueMicrotask(() => {
    // Placeholders a cell's new run replaced are let go (a placeholder is displayed in the task that made it).
    for (const old of state.pending.keys())
      if (!old.isConnected) {
        state.pending.delete(old);
        state.observer.unobserve(old);
      }
    // A re-render of a section the reader can see: build it before the next paint.
    if (state.settled && state.pending.has(placeholder) && placeholder.isConnected && nearViewport(placeholder, win)) build(state, placeholder);
  });
  // Once per task, after the page's cells have placed their sections: a link to a place in one of them.
  if (win.location.hash && !state.hashCheck) {
    state.hashCheck = true;
    win.setTimeout(() => {
      state.hashCheck = false;
      revealHashTarget(doc, win);
    }, 0);
  }
  return placeholder;
}
