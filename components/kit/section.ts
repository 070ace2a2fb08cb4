// The one shape of a section builder: `(data, choices, options) => HTMLElement`, with
//  - the room it takes before it is drawn declared beside it (`mySection.room`, ./room.ts), and
//  - what it could not draw for the reader's choices carried by the element itself, the way
//    attachTable carries a chart's rows (`withMissing(element, facts)`; read with `missingOf`):
//    the section says it in its own line, and tests read the facts without a second return value.
// A page displays what the builder returns: `display(deferred(() => mySection(data, c), {room: mySection.room}))`.

const MISSING = new WeakMap<Element, readonly unknown[]>();

/** The section's element, carrying what it could not draw. */
export function withMissing<E extends Element, M>(element: E, missing: readonly M[]): E {
  MISSING.set(element, missing);
  return element;
}

/** What a section could not draw (empty when it drew everything or carries nothing). */
export const missingOf = <M>(element: Element): readonly M[] => (MISSING.get(element) as readonly M[] | undefined) ?? [];
