/**
 * Every element Tapir knows, by the name pages use. Elements are grouped by kind, one list per file, so
 * that adding an element means adding its definition file, one line in its group, and its component in
 * `client/elements/tp_<name>.ts`.
 */
import type { ElementDefinition } from "./element_definition.ts";
import { blockElements } from "./group_blocks.ts";
import { coreElements } from "./group_core.ts";
import { dataElements } from "./group_data.ts";
import { fileElements } from "./group_files.ts";
import { displayElements } from "./group_displays.ts";
import { formElements } from "./group_forms.ts";
import { navigationElements } from "./group_navigation.ts";

export const elementCatalogue: ReadonlyMap<string, ElementDefinition> = new Map(
  [
    ...coreElements,
    ...formElements,
    ...displayElements,
    ...blockElements,
    ...dataElements,
    ...fileElements,
    ...navigationElements,
  ].map((definition) => [definition.name, definition]),
);

/** Names of every element, inline or block (what the parser recognises as an element type). */
export const elementNames: ReadonlySet<string> = new Set(elementCatalogue.keys());

/** Names of the block elements. */
export const blockNames: ReadonlySet<string> = new Set(
  [...elementCatalogue.values()].filter((definition) => definition.block).map((definition) => definition.name),
);
