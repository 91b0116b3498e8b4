/**
 * How the catalogue describes an element: its default property, the properties it accepts with their
 * types, and which of them it writes back. The page compiler validates and coerces every property a page
 * gives against this description.
 */
import type { ElementDoc } from "./element_doc.ts";
import type { ElementView } from "./element_view.ts";
import type { WriteCheck } from "./write_check.ts";

export type { ElementView } from "./element_view.ts";

/**
 * How a property's text is turned into a value: `string` verbatim, `number` and `boolean` parsed, `list`
 * split on `;`, `function` names a callback the app registered, `any` verbatim unless bound.
 */
export type PropertyType = "string" | "number" | "boolean" | "list" | "function" | "any";

export interface PropertyDefinition {
  type: PropertyType;
  /** May be bound to a state expression (`max={limit}`); bound values update live. */
  dynamic?: boolean;
  /** The element writes this property back into the variable it is bound to. */
  twoWay?: boolean;
  /** Written back only by an HTTP upload (a file_selector's files), never by a socket update. */
  uploadOnly?: boolean;
  /**
   * What the element's UI can write into this two-way property; the server refuses anything else. Every
   * two-way property that a socket update may write must have one: compiling a page that binds one without
   * fails (see page/compile_element.ts).
   */
  checkWrite?: WriteCheck;
  /** For strings taken from a fixed set (e.g. text's mode). */
  choices?: readonly string[];
  /**
   * Rewrites the property's value on the server before it is sent: Markdown to safe HTML, a lov through its
   * adapter, an image's bytes to a `data:` URL, a table's rows to a summary (the rows stay on the server).
   * Called once per element with its static properties; undefined sends values as they are. The rewritten
   * value travels under a key of its own, so another element showing the same variable still receives it
   * unconverted. See page/transform_binding.ts.
   */
  transform?: (props: Readonly<Record<string, unknown>>) => ValueTransform | undefined;
}

/** What a rewrite may use besides the value. */
export interface TransformContext {
  /** The app's registered functions (an adapter is one). */
  functions: Readonly<Record<string, (...args: unknown[]) => unknown>>;
  /**
   * An object that lives exactly as long as the client's session: resources handed out per client (a
   * file_download's tokens) are tied to it.
   */
  owner: object;
}

/** A server-side rewrite of a property's value (see {@linkcode PropertyDefinition.transform}). */
export interface ValueTransform {
  /** Names the rewrite and its settings: values rewritten alike share one binding key. */
  name: string;
  apply(value: unknown, context: TransformContext): unknown;
}

/**
 * A rewrite that reads the element's static properties. Its name carries a hash of them, so two elements
 * set up differently never share a key.
 *
 * @example
 * ```ts
 * const data = { type: "any", dynamic: true, transform: elementTransform("table", summarizeData) };
 * ```
 */
export function elementTransform(
  name: string,
  apply: (value: unknown, props: Readonly<Record<string, unknown>>, context: TransformContext) => unknown,
): (props: Readonly<Record<string, unknown>>) => ValueTransform {
  return (props) => ({
    name: `${name}#${hashText(JSON.stringify(props))}`,
    apply: (value, context) => apply(value, props, context),
  });
}

/** FNV-1a, 32 bits: short, stable names for a set of properties. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export interface ElementDefinition {
  name: string;
  /** The property set by the fragment before the element name (`<|{x}|slider|>` sets `value`). */
  defaultProperty: string;
  /** What users read about the element in docs/reference/elements.md (generated from it). */
  doc?: ElementDoc;
  /** Blocks have an opening and a closing tag and Markdown inside. */
  block?: boolean;
  /** The element triggers actions (a button press, an input's action key). */
  actions?: boolean;
  /** The property naming the action's callback, when it is not `on_action` (a pane's `on_close`). */
  actionProperty?: string;
  /**
   * What the element's action can send as its payload (a menu's chosen entry); the server refuses any other
   * payload before the callback runs. Undefined: the callback gets the payload as sent, and checks it.
   */
  checkAction?: WriteCheck;
  properties: Readonly<Record<string, PropertyDefinition>>;
  /**
   * Answers the element's data requests (a table's page of rows, a chart's series for the visible
   * range): data too large to travel in patches. `query` comes from the browser: validate it.
   */
  request?: (query: unknown, element: ElementView) => unknown;
}

/** Properties every element accepts (Taipy's common set). */
export const commonProperties: Readonly<Record<string, PropertyDefinition>> = {
  id: { type: "string" },
  class_name: { type: "string", dynamic: true },
  hover_text: { type: "string", dynamic: true },
};

/** Properties of the interactive elements. */
export const interactiveProperties: Readonly<Record<string, PropertyDefinition>> = {
  ...commonProperties,
  active: { type: "boolean", dynamic: true },
  propagate: { type: "boolean" },
  on_change: { type: "function" },
};

/** Builds an element definition, adding the common properties. */
export function defineElement(
  definition: Omit<ElementDefinition, "properties"> & {
    properties: Record<string, PropertyDefinition>;
    interactive?: boolean;
  },
): ElementDefinition {
  const { interactive, properties, ...rest } = definition;
  const base = interactive ? interactiveProperties : commonProperties;
  return { ...rest, properties: { ...base, ...properties } };
}
