/**
 * What a two-way element can write back. The browser is not trusted: a value arrives from the socket as any
 * JSON, so each two-way property declares the shape its UI can produce (a number within the element's
 * bounds, a member of its lov, an ISO date...) and the server refuses anything else. The rule reads the
 * element's other properties as they are for this client's state (`max={limit}` is evaluated per state).
 */
import type { ElementView } from "./element_view.ts";

/**
 * Returns undefined when `value` is something the element's UI can write, else what it expects, phrased to
 * follow the key in an error: `expects a number from 0 to 10`. Must not trust `value` in any way: it may be
 * nested deep, huge, or of any type, so a rule looks at its type before walking into it.
 *
 * @example
 * ```ts
 * const checkBoolean: WriteCheck = (value) => typeof value === "boolean" ? undefined : "expects true or false";
 * ```
 */
export type WriteCheck = (value: unknown, element: ElementView) => string | undefined;
