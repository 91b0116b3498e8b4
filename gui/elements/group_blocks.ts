/** Block elements other than part: layout, expandable, dialog, pane. */
import type { ElementDefinition } from "./element_definition.ts";

export const blockElements: readonly ElementDefinition[] = [];
