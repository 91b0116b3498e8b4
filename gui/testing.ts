/**
 * Tapir's testing API (`tapir/testing`): run a Gui headless in a test and drive it with scripted tabs
 * over a real WebSocket, the way a browser would, then assert on what a tab was sent and on its
 * server-side State. Works with any test runner, on Deno and Node.
 *
 * Time is real: to test `invokeLongCallback` progress, give it a short `period` (say 20 ms) and wait with
 * `client.waitFor` or `client.settled()`.
 *
 * @example
 * ```ts
 * import { test } from "uvu";
 * import * as assert from "uvu/assert";
 * import { Gui, notify } from "tapir";
 * import { startTestGui } from "tapir/testing";
 *
 * type AppState = { count: number };
 * test("Add counts and says so", async () => {
 *   const gui = new Gui<AppState>({
 *     page: "<|{count}|id=count|>\n\n<|Add|button|id=add|on_action=add|>",
 *     state: { count: 0 },
 *     functions: {
 *       add: (state) => {
 *         state.count += 1;
 *         notify(state, "success", "Added");
 *       },
 *     },
 *   });
 *   const app = await startTestGui(gui);
 *   try {
 *     const client = await app.connect("/");
 *     client.action("add");
 *     await client.settled();
 *     assert.is(client.text("count"), "1");
 *     assert.is(client.notifications[0]?.message, "Added");
 *     assert.is(app.state(client).count, 1);
 *   } finally {
 *     await app.stop();
 *   }
 * });
 * test.run();
 * ```
 *
 * @module
 */
export { startTestGui, TestGui, type TestRunOptions } from "./testing/test_gui.ts";
export { type SettledOptions, TestClient, type TestClientOptions } from "./testing/test_client.ts";
