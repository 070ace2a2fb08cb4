// The room a section takes before it is drawn, declared once, beside the section: its function
// carries it as `.room` (`shareTrendSection.room`). Two places keep that room, so the text after a
// section does not move when it arrives (cumulative layout shift): the page's Markdown, before the
// page's script has run (`<div class="room" data-room="resultat/trend">`, which the build gives the
// declared lengths, scripts/site/rooms.ts), and a deferred section's placeholder (./deferred.ts).
// The stylesheet reads the lengths from two custom properties (`.room` in src/style.css): the
// narrow one below WIDE_FROM pixels, the wide one from there, none in print. Each length is a
// lower bound of the drawn height on the published site, so no gap is left once it is drawn.

/** CSS lengths: below WIDE_FROM pixels of viewport width, and from there. */
export interface Room {
  readonly narrow: string;
  readonly wide: string;
}

/** Where the stylesheet switches from the narrow room to the wide one (its media query). */
export const WIDE_FROM = 640;

/** A room: the same on every screen, or narrow and wide. */
export const room = (narrow: string, wide: string = narrow): Room => ({narrow, wide});

/** The custom properties that carry a room (for a `style` attribute). */
export const roomStyle = (r: Room): string => `--room-narrow:${r.narrow};--room-wide:${r.wide}`;

/** Keep `r` of room on an element (class "room" and its custom properties). */
export function keepRoom(element: HTMLElement, r: Room): void {
  element.classList.add("room");
  element.style.setProperty("--room-narrow", r.narrow);
  element.style.setProperty("--room-wide", r.wide);
}

/** Let the element take its own height again. */
export function releaseRoom(element: HTMLElement): void {
  element.classList.remove("room");
  element.style.removeProperty("--room-narrow");
  element.style.removeProperty("--room-wide");
}
