/**
 * Judges a value a client wrote into a two-way key against the elements that write that key: accepted when
 * one of them could have written it through its UI (see elements/write_check.ts), else refused with what
 * the first of them expects.
 */
import type { ElementView } from "../elements/element_definition.ts";
import { describeValue } from "../elements/writes/describe_value.ts";
import { flagOf } from "../elements/writes/element_flags.ts";
import type { WritableBinding } from "../page/compiled_page.ts";

/** Where a write came from: a socket `update`, or an HTTP upload the server turned into files. */
export type WriteSource = "socket" | "upload";

/**
 * Undefined when `value` is accepted; else why not, phrased to follow the key (`expects true or false; got
 * "yes"`). `viewOf` gives an element's properties as they are for the writing client's state.
 *
 * @example
 * ```ts
 * const problem = checkWrite(writable, value, "socket", (index) => session.elementView(index));
 * ```
 */
export function checkWrite(
  writable: WritableBinding,
  value: unknown,
  source: WriteSource,
  viewOf: (element: number) => ElementView | undefined,
): string | undefined {
  let first: string | undefined;
  for (const writer of writable.writers) {
    let problem: string | undefined;
    if (writer.check === "upload") {
      problem = source === "upload" ? undefined : "is set by uploading files only";
    } else if (source === "upload") {
      problem = "is not set by an upload";
    } else {
      const view = viewOf(writer.element);
      problem = view === undefined
        ? "is written by no element of this page"
        // A disabled control (`active=false`, possibly bound per state) writes nothing.
        : !flagOf(view, "active", true)
        ? "is written by an element that is not active"
        : writer.check(value, view);
    }
    if (problem === undefined) return undefined;
    first ??= problem;
  }
  if (first === undefined) return "is written by no element of this page";
  return source === "upload" ? first : `${first}; got ${describeValue(value)}`;
}
