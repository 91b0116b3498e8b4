/**
 * Writes `gui/builder/element_types.ts` from the element catalogue.
 *
 * ```sh
 * node --import tsx scripts/generate_builder_types.ts
 * deno run -A scripts/generate_builder_types.ts
 * ```
 *
 * @module
 */
import { writeFile } from "node:fs/promises";
import { elementCatalogue } from "../gui/elements/catalogue.ts";
import { builderTypesSource } from "./builder_types_source.ts";

const target = new URL("../gui/builder/element_types.ts", import.meta.url);
await writeFile(target, builderTypesSource(elementCatalogue.values()));
console.log(`wrote ${target.pathname}`);
