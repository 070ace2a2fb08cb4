// The rooms a page's Markdown keeps for what its script draws: `<div class="room"
// data-room="resultat/frame">` gets the lengths declared beside that section
// (components/sections/rooms.ts) as a `style` attribute, so the HTML as served keeps the room
// before any script runs. An unknown name stops the build with one line naming the page.
import {roomStyle, type Room} from "../../components/kit/room.js";

interface HtmlBlockRules {
  html_block?(tokens: {content: string}[], idx: number, options: unknown, env: {path?: string} | undefined, self: unknown): string;
}
export interface MarkdownItLike {
  renderer: {rules: HtmlBlockRules};
}

/** `html` with each `data-room="name"` given its room's custom properties. */
export function withRooms(html: string, rooms: Readonly<Record<string, Room>>, page = "page"): string {
  return html.replace(/\bdata-room="([^"]*)"/g, (attr, name: string) => {
    const r = rooms[name];
    if (!r) throw new Error(`${page}: unknown room "${name}" (known: ${Object.keys(rooms).join(", ")}; components/sections/rooms.ts)`);
    return `${attr} style="${roomStyle(r)}"`;
  });
}

/** A markdown-it plugin for the config's `markdownIt`. */
export function roomsPlugin(rooms: Readonly<Record<string, Room>>) {
  return <M extends MarkdownItLike>(md: M): M => {
    const base = md.renderer.rules.html_block!;
    md.renderer.rules.html_block = (tokens, idx, options, env, self) => {
      const html = base(tokens, idx, options, env, self);
      // only where the page's own Markdown names a room (not in a part drawn from data)
      return tokens[idx].content.includes("data-room=") ? withRooms(html, rooms, env?.path) : html;
    };
    return md;
  };
}
