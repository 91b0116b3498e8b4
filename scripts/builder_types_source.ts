/**
 * The text of `gui/builder/element_types.ts`: the builder's property types, one interface member per
 * element of the catalogue. Pure, so that a test can check that the generated file is current.
 */
import type { ElementDefinition, PropertyDefinition } from "../gui/elements/element_definition.ts";

/** The generated file's text for these element definitions. */
export function builderTypesSource(definitions: Iterable<ElementDefinition>): string {
  const elements = [...definitions];
  const lines = [
    "// deno-fmt-ignore-file",
    "/**",
    " * The builder's types, one member per element: its properties with their value types, its default",
    " * property, and which elements are blocks. GENERATED from the element catalogue by",
    " * `scripts/generate_builder_types.ts`: run it after adding or changing an element (a test fails until",
    " * this file is current).",
    " *",
    " * Long because it lists every element of the catalogue; it is one concept (the builder's element",
    " * types), written by a program, and never edited by hand, so it is not split.",
    " *",
    " * @module",
    " */",
    'import type { AnyValue, Bound, IndexedProps, ListValue } from "./builder_values.ts";',
    "",
    "/**",
    " * Each element's properties, as `page((b) => b.<element>(...))` takes them.",
    " *",
    " * @example",
    " * ```ts",
    ' * import type { ElementProps } from "tapir/builder";',
    " *",
    ' * const props: ElementProps["slider"] = { min: 0, max: "{limit}", orientation: "vertical" };',
    ' * page((b) => b.slider("{level}", props));',
    " * ```",
    " */",
    "export interface ElementProps {",
  ];
  for (const element of elements) {
    lines.push(`  ${key(element.name)}: {`);
    for (const [name, property] of Object.entries(element.properties)) {
      lines.push(`    ${key(name)}?: ${valueType(property)};`);
    }
    lines.push("  } & IndexedProps;");
  }
  lines.push(
    "}",
    "",
    "/**",
    " * Each element's default property: the value given before the props.",
    " *",
    " * @example",
    " * ```ts",
    ' * import type { DefaultProperty } from "tapir/builder";',
    " *",
    ' * const property: DefaultProperty["button"] = "label"; // b.button("Save") sets the label',
    " * ```",
    " */",
  );
  lines.push("export interface DefaultProperty {");
  for (const element of elements) {
    lines.push(`  ${key(element.name)}: ${JSON.stringify(element.defaultProperty)};`);
  }
  lines.push(
    "}",
    "",
    "/**",
    " * The block elements: they take children.",
    " *",
    " * @example",
    " * ```ts",
    ' * import type { BlockElement } from "tapir/builder";',
    " *",
    ' * const block: BlockElement = "expandable"; // b.expandable("Details", (inner) => inner.text("..."))',
    " * ```",
    " */",
  );
  const blocks = elements.filter((element) => element.block).map((element) => JSON.stringify(element.name));
  lines.push(`export type BlockElement = ${blocks.length === 0 ? "never" : blocks.join(" | ")};`, "");
  return lines.join("\n");
}

function valueType(property: PropertyDefinition): string {
  const bound = property.dynamic ? " | Bound" : "";
  if (property.choices !== undefined) {
    return property.choices.map((choice) => JSON.stringify(choice)).join(" | ") + bound;
  }
  switch (property.type) {
    case "number":
      return `number${bound}`;
    case "boolean":
      return `boolean${bound}`;
    case "string":
    case "function":
      return "string";
    case "list":
      return "ListValue";
    case "any":
      return "AnyValue";
  }
}

function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}
