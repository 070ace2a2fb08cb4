// @vitest-environment jsdom
// deferred: a section is built when the reader comes near it (IntersectionObserver), one per task,
// all at once before printing, and at once when it is re-rendered in view after the page settled.
// The observer is a fake that the test drives; each test has its own jsdom window (an iframe).
import {describe, expect, test, vi} from "vitest";
import {buildAllDeferred, deferred} from "../../../components/kit/deferred.js";
import {room} from "../../../components/kit/room.js";

class FakeObserver {
  static all: FakeObserver[] = [];
  targets = new Set<Element>();
  constructor(
    readonly callback: (entries: {target: Element; isIntersecting: boolean}[]) => void,
    readonly options: {rootMargin?: string}
  ) {
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  /** The reader scrolled: these targets came near. */
  near(...targets: Element[]) {
    this.callback(targets.map((target) => ({target, isIntersecting: true})));
  }
}

function page(withObserver = true) {
  const frame = document.createElement("iframe");
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  FakeObserver.all = [];
  (win as unknown as {IntersectionObserver: unknown}).IntersectionObserver = withObserver ? FakeObserver : undefined;
  const doc = win.document;
  const main = doc.body.appendChild(doc.createElement("main"));
  const section = (text: string) => () => {
    const p = doc.createElement("p");
    p.textContent = text;
    return p;
  };
  const tick = () => new Promise((resolve) => win.setTimeout(resolve, 0));
  return {win, doc, main, section, tick, io: () => FakeObserver.all[0]};
}

const far = (el: Element) => Object.assign(el, {getBoundingClientRect: () => ({top: 5000, bottom: 5400}) as DOMRect});

describe("deferred", () => {
  test("keeps room and builds nothing until the reader comes near", async () => {
    const {doc, main, section, tick, io} = page();
    const render = vi.fn(section("Avsnitt"));
    const placeholder = deferred(render, {document: doc, room: room("30rem", "20rem")});
    main.append(placeholder);
    await tick();
    expect(render).not.toHaveBeenCalled();
    expect(placeholder.getAttribute("data-deferred")).toBe("pending");
    expect(placeholder.classList.contains("room")).toBe(true);
    expect((placeholder as HTMLElement).style.getPropertyValue("--room-narrow")).toBe("30rem");
    expect((placeholder as HTMLElement).style.getPropertyValue("--room-wide")).toBe("20rem");
    expect(io().targets.has(placeholder)).toBe(true);
    expect(io().options.rootMargin).toBe("50% 0px 50% 0px");
  });

  test("builds a section into its placeholder when it comes near, one section per task", async () => {
    const {doc, main, section, tick, io} = page();
    const a = deferred(section("Första"), {document: doc, room: room("10rem")});
    const b = deferred(section("Andra"), {document: doc});
    main.append(a, b);
    io().near(a, b);
    expect(a.textContent).toBe("");
    await tick();
    expect(a.textContent).toBe("Första");
    expect(b.textContent).toBe("");
    await tick();
    expect(b.textContent).toBe("Andra");
    expect(a.getAttribute("data-deferred")).toBe("built");
    expect(a.classList.contains("room")).toBe(false);
    expect((a as HTMLElement).style.getPropertyValue("--room-narrow")).toBe("");
    expect(io().targets.size).toBe(0);
  });

  test("builds every pending section before printing", () => {
    const {win, doc, main, section} = page();
    const parts = ["Ett", "Två", "Tre"].map((t) => deferred(section(t), {document: doc}));
    main.append(...parts);
    win.dispatchEvent(new win.Event("beforeprint"));
    expect(main.textContent).toBe("EttTvåTre");
    expect(parts.every((p) => p.getAttribute("data-deferred") === "built")).toBe(true);
  });

  test("a section removed before it was built is never built", async () => {
    const {doc, main, section, tick, io} = page();
    const render = vi.fn(section("Gammal"));
    const old = deferred(render, {document: doc});
    main.append(old);
    io().near(old);
    old.remove();
    await tick();
    buildAllDeferred(doc);
    expect(render).not.toHaveBeenCalled();
  });

  test("after the page settled, a re-rendered section in view is built in the same task", async () => {
    const {doc, main, section, tick, io} = page();
    const first = deferred(section("v1"), {document: doc});
    main.append(first);
    io().near(first);
    await tick();
    first.remove();
    const again = deferred(section("v2"), {document: doc});
    main.append(again);
    const below = far(deferred(section("långt ner"), {document: doc}));
    main.append(below);
    await Promise.resolve();
    expect(again.textContent).toBe("v2");
    expect(below.getAttribute("data-deferred")).toBe("pending");
  });

  test("placeholders that a new run of the cell replaced are let go", async () => {
    const {doc, main, section, io} = page();
    const old = deferred(section("gammal"), {document: doc});
    main.append(old);
    await Promise.resolve();
    old.remove();
    const next = deferred(section("ny"), {document: doc});
    main.append(next);
    await Promise.resolve();
    expect([...io().targets]).toEqual([next]);
  });

  test("before the page settled, even a section in view waits for the observer", async () => {
    const {doc, main, section} = page();
    const p = deferred(section("vänta"), {document: doc});
    main.append(p);
    await Promise.resolve();
    expect(p.textContent).toBe("");
  });

  test("a failing section says so in its place and reports the error", async () => {
    const {doc, main, tick, io} = page();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const p = deferred(
      () => {
        throw new Error("trasig");
      },
      {document: doc}
    );
    main.append(p);
    io().near(p);
    await tick();
    expect(p.textContent).toBe("Avsnittet kunde inte visas.");
    expect(p.getAttribute("role")).toBe("alert");
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  test("a link to a place inside a section not built yet builds the sections and goes there", async () => {
    const {win, doc, main, tick} = page();
    win.location.hash = "#bedomning-A9";
    const scrolled: string[] = [];
    const section = () => {
      const p = doc.createElement("p");
      p.id = "bedomning-A9";
      p.scrollIntoView = () => scrolled.push(p.id);
      return p;
    };
    const p = deferred(section, {document: doc});
    main.append(p);
    await tick();
    expect(p.getAttribute("data-deferred")).toBe("built");
    expect(scrolled).toEqual(["bedomning-A9"]);
  });

  test("without IntersectionObserver the section is built at once", () => {
    const {doc, section} = page(false);
    const el = deferred(section("direkt"), {document: doc});
    expect(el.textContent).toBe("direkt");
  });
});
