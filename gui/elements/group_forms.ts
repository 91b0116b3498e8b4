/** Form controls: dates and times, selectors, trees. */
import type { ElementDefinition } from "./element_definition.ts";
import { date } from "./date.ts";
import { dateRange } from "./date_range.ts";
import { selector } from "./selector.ts";
import { time } from "./time.ts";
import { tree } from "./tree.ts";

export const formElements: readonly ElementDefinition[] = [date, time, dateRange, selector, tree];
