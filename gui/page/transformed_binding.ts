/**
 * A binding whose value goes through an element's server-side transform (see ElementDefinition.transform)
 * before it travels. It gets a key of its own, so the same expression shown by another element, or by
 * another property, still travels unconverted.
 */
import type { Binding } from "../expressions/mod.ts";

/**
 * Wraps `binding` so that its value is `transform(value)`; its key names the element type and property.
 *
 * @example
 * ```ts
 * const shown = transformedBinding(binding, "image.content", (value) => String(value));
 * shown.key; // "@image.content:logo" for the binding {logo}
 * ```
 */
export function transformedBinding(
  binding: Binding,
  target: string,
  transform: (value: unknown, owner: object) => unknown,
): Binding {
  return {
    // A computed binding: never written back, and re-sent only when the converted value changes.
    kind: "computed",
    // "@" cannot start an expression, so this key never meets one written in a page.
    key: `@${target}:${binding.key}`,
    dependencies: binding.dependencies,
    // The scope is the client session's own object, kept for its life: transforms that hand out
    // per-client resources (file_download's tokens) tie them to it.
    evaluate: (scope) => transform(binding.evaluate(scope), scope),
  };
}
