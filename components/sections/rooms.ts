// The rooms a page's Markdown keeps before its script has run (`<div class="room" data-room="…">`,
// given its lengths at build time by scripts/site/rooms.ts): each name stands for the room declared
// beside the section or control the slot holds (components/kit/room.ts), never a length of its own.
import type {Room} from "../kit/room.js";
import {resultatFrame} from "./resultat/context.js";
import {shareTrendSection} from "./resultat/trend.js";
import {alderFrame} from "./alder/context.js";
import {representationSection} from "./alder/representation.js";
import {kostnadFrame, pricesInput, verksamhetInput} from "./kostnad/context.js";
import {comparisonSummary, themeGridFigure} from "../audit/comparison.js";
import {createExplorer} from "../explore/explorer.js";

export const ROOMS: Readonly<Record<string, Room>> = {
  "resultat/frame": resultatFrame.room,
  "resultat/trend": shareTrendSection.room,
  "alder/frame": alderFrame.room,
  "alder/representation": representationSection.room,
  "kostnad/frame": kostnadFrame.room,
  "kostnad/prices": pricesInput.room,
  "kostnad/verksamhet": verksamhetInput.room,
  "granskningar/summary": comparisonSummary.room,
  "granskningar/grid": themeGridFigure.room,
  "utforska/explorer": createExplorer.room
};
