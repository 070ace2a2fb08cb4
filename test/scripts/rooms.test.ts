// The room a section takes, declared beside it (components/kit/room.ts) and written into the
// pages' Markdown slots at build time (scripts/site/rooms.ts, components/sections/rooms.ts).
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../../loaders/paths.js";
import {room, roomStyle} from "../../components/kit/room.js";
import {ROOMS} from "../../components/sections/rooms.js";
import {shareTrendSection} from "../../components/sections/resultat/trend.js";
import {roomsPlugin, withRooms} from "../../scripts/site/rooms.js";

const SRC = join(PROJECT_ROOT, "src");
const pages = (dir = SRC): string[] =>
  readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() && !e.name.startsWith(".") && e.name !== "bundles" ? pages(join(dir, e.name)) : e.name.endsWith(".md") ? [join(dir, e.name)] : []
  );
const slots = (file: string) => [...readFileSync(file, "utf8").matchAll(/data-room="([^"]*)"/g)].map((m) => m[1]);

describe("the room a section takes", () => {
  test("a slot gets the lengths declared beside its section, as custom properties", () => {
    expect(withRooms('<div class="room" data-room="resultat/trend">', ROOMS)).toBe(
      `<div class="room" data-room="resultat/trend" style="${roomStyle(shareTrendSection.room)}">`
    );
    expect(roomStyle(room("21.5rem", "13.5rem"))).toBe("--room-narrow:21.5rem;--room-wide:13.5rem");
  });

  test("an unknown name stops the build, naming the page and the name", () => {
    expect(() => withRooms('<div data-room="resultat/nytt">', ROOMS, "/resultat-vid-avslut")).toThrow(
      /^\/resultat-vid-avslut: unknown room "resultat\/nytt" \(known: /
    );
  });

  test("the plugin touches only what the page's own Markdown wrote (a part drawn from data may hold the words)", () => {
    const base = (tokens: {content: string}[], idx: number, _o: unknown, _e: unknown, _s: unknown) =>
      tokens[idx].content.replace("<!-- part -->", '<p>data-room="x"</p>');
    const md = {renderer: {rules: {html_block: base}}};
    const rule = roomsPlugin(ROOMS)(md).renderer.rules.html_block!;
    expect(rule([{content: "<!-- part -->"}], 0, {}, {path: "/"}, null)).toBe('<p>data-room="x"</p>');
    expect(rule([{content: '<div data-room="utforska/explorer">'}], 0, {}, {path: "/"}, null)).toContain("--room-narrow:");
  });

  test("every slot in the pages names a declared room, and every declared room has a slot", () => {
    const used = pages().flatMap(slots);
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(Object.keys(ROOMS), name).toContain(name);
    expect([...new Set(used)].sort()).toEqual(Object.keys(ROOMS).sort());
  });

  test("no page or stylesheet keeps room with a length of its own", () => {
    for (const file of pages()) expect(readFileSync(file, "utf8"), file).not.toMatch(/minHeight|class="slot-/);
    const css = readFileSync(join(SRC, "style.css"), "utf8");
    expect(css).not.toMatch(/\.slot-/);
  });
});
