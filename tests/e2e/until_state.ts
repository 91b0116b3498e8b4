/**
 * Waits for what a tab did to reach its State on the server: reads `read(state)` (as JSON, so Dates read
 * as ISO strings) until it equals `expected`, and fails showing the last value read.
 */
import * as assert from "uvu/assert";
import { type Gui, invokeCallback, type State } from "../../mod.ts";

export async function untilState<S extends object>(
  gui: Gui<S>,
  stateId: string,
  read: (state: State<S>) => unknown,
  expected: unknown,
): Promise<void> {
  let last: unknown;
  for (let tries = 0; tries < 100; tries++) {
    last = await invokeCallback(gui, stateId, (state) => JSON.parse(JSON.stringify(read(state) ?? null)), []);
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.equal(last, expected);
}
