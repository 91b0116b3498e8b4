/**
 * Every element Tapir knows, by the name pages use. Adding an element means adding its file here and its
 * component in `client/elements/`.
 */
import type { ElementDefinition } from "./element_definition.ts";
import { button } from "./button.ts";
import { input } from "./input.ts";
import { number } from "./number.ts";
import { part } from "./part.ts";
import { slider } from "./slider.ts";
import { text } from "./text.ts";
import { toggle } from "./toggle.ts";

export const elementCatalogue: ReadonlyMap<string, ElementDefinition> = new Map(
  [text, button, input, number, slider, toggle, part].map((definition) => [definition.name, definition]),
);

/** Names of every element, inline or block (what the parser recognises as an element type). */
export const elementNames: ReadonlySet<string> = new Set(elementCatalogue.keys());

/** Names of the block elements. */
export const blockNames: ReadonlySet<string> = new Set(
  [...elementCatalogue.values()].filter((definition) => definition.block).map((definition) => definition.name),
);
