/** Form controls: dates and times, selectors, trees. */
import type { ElementDefinition } from "./element_definition.ts";

export const formElements: readonly ElementDefinition[] = [];
