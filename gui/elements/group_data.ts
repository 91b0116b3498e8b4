/** Elements backed by large data: chart and table. */
import type { ElementDefinition } from "./element_definition.ts";

export const dataElements: readonly ElementDefinition[] = [];
