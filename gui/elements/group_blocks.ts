/** Block elements other than part: layout, expandable, dialog, pane. */
import type { ElementDefinition } from "./element_definition.ts";
import { dialog } from "./dialog.ts";
import { expandable } from "./expandable.ts";
import { layout } from "./layout.ts";
import { pane } from "./pane.ts";

export const blockElements: readonly ElementDefinition[] = [layout, expandable, dialog, pane];
