/** Elements backed by large data: chart and table. */
import { chart } from "./chart.ts";
import type { ElementDefinition } from "./element_definition.ts";
import { table } from "./table.ts";

export const dataElements: readonly ElementDefinition[] = [chart, table];
