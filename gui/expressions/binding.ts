/**
 * What a property value becomes once parsed: a static string or a binding that knows what it reads and how to
 * compute its value from one client's state.
 */

/** One step of a direct binding's path: a property name or an array index. */
export type PathSegment = string | number;

/** What an expression can see when it is evaluated for one client. */
export interface ExpressionScope {
  /** The client's variables (read through this object, which may be a Proxy). */
  variables: Readonly<Record<string, unknown>>;
  /** Functions the app registered, callable by name from expressions. */
  functions: Readonly<Record<string, (...args: unknown[]) => unknown>>;
}

/**
 * A parsed `{...}` value.
 *
 * @example
 * ```ts
 * const { binding } = parsePropertyValue("{x * 2}") as { kind: "binding"; binding: Binding };
 * binding.kind; // "computed"
 * [...binding.dependencies]; // ["x"]
 * binding.evaluate({ variables: { x: 21 }, functions: {} }); // 42
 * ```
 */
export interface Binding {
  /** `direct` bindings (`{a.b}`) are the only ones an input may write back into. */
  kind: "direct" | "computed" | "template";
  /**
   * The exact text inside the braces for direct and computed bindings (trimmed), e.g. "a.b", "x * 2"; the
   * whole raw value for templates, e.g. "Value is {x}".
   */
  key: string;
  /** Top-level variable names read (not registered function names, not allowed globals). */
  dependencies: ReadonlySet<string>;
  /** For direct bindings: the root variable then the path, e.g. ["a","b"] or ["items",0]. */
  path?: readonly PathSegment[];
  /** Computes the value for one client. Throws `ExpressionEvaluationError` for a faulty read or call. */
  evaluate(scope: ExpressionScope): unknown;
}

/** A binding that can be written back: an input bound to it assigns `path`. */
export interface DirectBinding extends Binding {
  kind: "direct";
  path: readonly PathSegment[];
}

/** The outcome of `parsePropertyValue`. */
export type PropertyValueParse = { kind: "static"; value: string } | { kind: "binding"; binding: Binding };

/**
 * Whether a binding may be written back into the state.
 *
 * @example
 * ```ts
 * const parsed = parsePropertyValue("{user.name}");
 * if (parsed.kind === "binding" && isDirectBinding(parsed.binding)) parsed.binding.path; // ["user", "name"]
 * ```
 */
export function isDirectBinding(binding: Binding): binding is DirectBinding {
  return binding.kind === "direct" && binding.path !== undefined;
}
