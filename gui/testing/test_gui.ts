/** A Gui running for tests: on a free port, quiet, with scripted tabs and their server-side States. */
import type { Gui } from "../gui.ts";
import type { RunOptions } from "../api/run_options.ts";
import { invokeCallback } from "../api/invoke_callback.ts";
import type { State } from "../state/state_type.ts";
import { TestClient, type TestClientOptions } from "./test_client.ts";

/**
 * A running Gui and the tabs connected to it; see `startTestGui`.
 *
 * @example
 * ```ts
 * const app = await startTestGui(gui);
 * const client = await app.connect();
 * app.state(client).count = 5;
 * await client.settled();
 * await app.stop();
 * ```
 */
export class TestGui<S extends object> {
  readonly gui: Gui<S>;
  readonly #clients = new Set<TestClient>();
  readonly #states = new WeakMap<TestClient, State<S>>();

  constructor(gui: Gui<S>) {
    this.gui = gui;
  }

  /** The address the Gui serves. */
  get url(): string {
    return this.gui.url;
  }

  /** Opens a scripted tab on `page` and resolves once it is welcomed. */
  async connect(page = "/", options: TestClientOptions = {}): Promise<TestClient> {
    const client = await TestClient.connect(this.gui.url, page, options);
    this.#clients.add(client);
    // The State a callback of this tab would receive; read and write it as such a callback would.
    const state = await invokeCallback(this.gui, client.stateId, (state: State<S>) => state, []);
    this.#states.set(client, state);
    return client;
  }

  /**
   * The server-side State of a tab: read it to assert, or assign to it as a callback would (the tab is
   * sent the change).
   */
  state(client: TestClient): State<S> {
    const state = this.#states.get(client);
    if (state === undefined) throw new Error("this client was not connected by this TestGui");
    return state;
  }

  /** Closes every tab and stops the Gui (freeing every state). */
  async stop(): Promise<void> {
    const clients = [...this.#clients];
    this.#clients.clear();
    await Promise.all(clients.map((client) => client.close()));
    await this.gui.stop();
  }
}

/**
 * What a test may set of `gui.run()`'s options; the port is always a free one, and nothing is printed.
 *
 * @example
 * ```ts
 * const app = await startTestGui(gui, { useReloader: true });
 * ```
 */
export type TestRunOptions = Pick<RunOptions, "title" | "darkMode" | "useReloader">;

/**
 * Runs `gui` for a test: on a free port (port 0), printing nothing, never opening a browser.
 *
 * @example
 * ```ts
 * const app = await startTestGui(new Gui({ page: "<|{n}|>", state: { n: 1 } }));
 * const client = await app.connect();
 * client.value("{n}"); // 1
 * await app.stop();
 * ```
 */
export async function startTestGui<S extends object>(
  gui: Gui<S>,
  options: TestRunOptions = {},
): Promise<TestGui<S>> {
  await gui.run({ useReloader: false, ...options, port: 0, quiet: true, runBrowser: false });
  return new TestGui(gui);
}
