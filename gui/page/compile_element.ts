/**
 * One element node -> its descriptor: each property checked against the element's definition, static
 * values coerced, bindings parsed and their variables checked, callbacks resolved.
 */
import type { ElementDefinition, PropertyDefinition } from "../elements/element_definition.ts";
import { didYouMean } from "../errors.ts";
import type { SourcePosition } from "../errors.ts";
import { ExpressionSyntaxError, parsePropertyValue } from "../expressions/mod.ts";
import type { Binding } from "../expressions/mod.ts";
import type { ElementDescriptor } from "../protocol/page_descriptor.ts";
import type { ElementNode, PropertyNode } from "../template/page_tree.ts";
import type { CompilePageOptions } from "./compile_page_options.ts";
import type { PageBuilder } from "./page_builder.ts";
import type { ElementWrite } from "./compiled_page.ts";
import { coerceProperty } from "./coerce_property.ts";
import { compileInlineCallback } from "./compile_inline_callback.ts";
import { constantBinding, transformBinding } from "./transform_binding.ts";

/** Properties the server keeps for itself: the browser never needs them. */
const SERVER_ONLY = new Set(["on_action", "on_change", "propagate"]);

/** Compiles `node` into the builder and returns its index in the page descriptor. */
export function compileElement(
  node: ElementNode,
  definition: ElementDefinition,
  builder: PageBuilder,
  options: CompilePageOptions,
): number {
  const descriptor: ElementDescriptor = { type: node.type, props: {}, bindings: {}, writes: {} };
  const given = new Map<string, PropertyNode>();
  const all = node.defaultValue === undefined
    ? node.properties
    : [{ ...node.defaultValue, name: definition.defaultProperty }, ...node.properties];
  // A rewritten property reads the element's other static properties (text's mode): compile it last.
  const rewritten = (property: PropertyNode): boolean =>
    definition.properties[property.name.replace(/\[.*\]$/, "")]?.transform !== undefined;
  for (const property of [...all.filter((p) => !rewritten(p)), ...all.filter(rewritten)]) {
    const baseName = property.name.replace(/\[.*\]$/, "");
    const propertyDefinition = definition.properties[baseName];
    if (propertyDefinition === undefined) {
      builder.fail(
        `Unknown property "${baseName}" of element "${node.type}"`,
        property.position,
        didYouMean(baseName, Object.keys(definition.properties)) ??
          `${node.type} accepts: ${Object.keys(definition.properties).join(", ")}`,
      );
    }
    given.set(property.name, property);
    compileProperty(property, propertyDefinition, descriptor, builder, options, definition);
  }

  const index = builder.firstIndex + builder.elements.length;
  builder.elements.push(descriptor);
  builder.elementTypes.add(node.type);
  const elementId = typeof descriptor.props.id === "string" ? descriptor.props.id : undefined;
  if (definition.actions) {
    descriptor.action = true;
    const callbackName = stringValue(given.get(definition.actionProperty ?? "on_action"));
    builder.actions.set(index, { callbackName, elementId });
  }
  registerWrites(descriptor, definition, given, builder, index);
  return index;
}

function compileProperty(
  property: PropertyNode,
  definition: PropertyDefinition,
  descriptor: ElementDescriptor,
  builder: PageBuilder,
  options: CompilePageOptions,
  element: ElementDefinition,
): void {
  const { name, value } = property;
  const elementType = element.name;
  if (typeof value === "string" && definition.type !== "function" && value.includes("{")) {
    const parsed = parseBinding(value, property.valuePosition, builder, options);
    const rewrite = parsed === undefined ? undefined : definition.transform?.(descriptor.props);
    const binding = parsed === undefined || rewrite === undefined
      ? parsed
      : transformBinding(parsed, rewrite);
    if (binding !== undefined) {
      if (!definition.dynamic) {
        builder.fail(
          `Property "${name}" of element "${elementType}" cannot be bound`,
          property.valuePosition,
          "give it a fixed value",
        );
      }
      builder.bindings.set(binding.key, binding);
      descriptor.bindings[name] = binding.key;
      return;
    }
  }
  const coerced = coerceProperty(value, definition.type);
  if (!coerced.ok) {
    builder.fail(
      `Property "${name}" of element "${elementType}" ${coerced.reason}`,
      property.valuePosition,
      coerced.hint,
    );
  }
  if (definition.choices !== undefined && !definition.choices.includes(String(coerced.value))) {
    builder.fail(
      `Property "${name}" of element "${elementType}" must be one of ${definition.choices.join(", ")}`,
      property.valuePosition,
      didYouMean(String(coerced.value), definition.choices),
    );
  }
  const inline = definition.type === "function" && compileInlineCallback(property, builder, options);
  if (definition.type === "function" && !inline && !options.functions.has(String(coerced.value))) {
    const functionName = String(coerced.value);
    builder.fail(
      `Unknown function "${functionName}" for property "${name}"`,
      property.valuePosition,
      didYouMean(functionName, options.functions) ?? "pass it to the Gui in its functions option",
    );
  }
  const rewrite = definition.transform?.(descriptor.props);
  if (rewrite !== undefined) {
    const bound = constantBinding(coerced.value, rewrite);
    builder.bindings.set(bound.key, bound);
    descriptor.bindings[name] = bound.key;
  } else if (!SERVER_ONLY.has(name)) descriptor.props[name] = coerced.value;
}

/** Parses a value that contains a brace; undefined when it turns out to be static text. */
function parseBinding(
  raw: string,
  position: SourcePosition,
  builder: PageBuilder,
  options: CompilePageOptions,
): Binding | undefined {
  try {
    const parsed = parsePropertyValue(raw, options.functions);
    if (parsed.kind === "static") return undefined;
    for (const variable of parsed.binding.dependencies) {
      if (!options.variables.has(variable)) {
        const offset = Math.max(0, raw.search(new RegExp(`\\b${escapeRegExp(variable)}\\b`)));
        builder.fail(
          `Unknown variable "${variable}"`,
          { line: position.line, column: position.column + offset },
          didYouMean(variable, options.variables) ?? "add it to the Gui's state",
        );
      }
    }
    return parsed.binding;
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;
    return builder.fail(
      `Malformed expression: ${error.reason}`,
      { line: position.line, column: position.column + error.offset },
      error.hint,
    );
  }
}

function registerWrites(
  descriptor: ElementDescriptor,
  definition: ElementDefinition,
  given: ReadonlyMap<string, PropertyNode>,
  builder: PageBuilder,
  index: number,
): void {
  for (const [name, key] of Object.entries(descriptor.bindings)) {
    // An indexed property (a chart's `selected[2]`) writes back like its base property.
    const propertyDefinition = definition.properties[name.replace(/\[.*\]$/, "")];
    const binding = builder.bindings.get(key);
    if (!propertyDefinition?.twoWay || binding?.kind !== "direct") continue;
    descriptor.writes[name] = key;
    const propagate = given.get("propagate")?.value;
    const writer: ElementWrite = {
      element: index,
      property: name,
      check: writeCheckOf(definition, name, propertyDefinition),
    };
    builder.writable.set(key, {
      binding,
      onChange: stringValue(given.get("on_change")),
      propagate: propagate !== false && propagate !== "false" && propagate !== "False",
      writers: [...(builder.writable.get(key)?.writers ?? []), writer],
    });
  }
}

function writeCheckOf(
  element: ElementDefinition,
  name: string,
  definition: PropertyDefinition,
): ElementWrite["check"] {
  if (definition.uploadOnly) return "upload";
  // A programming error in the catalogue, not in the page: a write nothing checks would take any JSON.
  if (definition.checkWrite === undefined) {
    throw new Error(`Two-way property "${name}" of element "${element.name}" declares no checkWrite`);
  }
  return definition.checkWrite;
}

function stringValue(property: PropertyNode | undefined): string | undefined {
  return typeof property?.value === "string" ? property.value : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
