/** Elements of multi-page applications: the root page's content slot and the navbar. */
import { content } from "./content.ts";
import type { ElementDefinition } from "./element_definition.ts";
import { navbar } from "./navbar.ts";

export const navigationElements: readonly ElementDefinition[] = [content, navbar];
