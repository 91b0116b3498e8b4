/**
 * class Gui: wires pages, per-client state and the server together.
 */
import { GuiConfigurationError, UnknownStateError } from "./errors.ts";
import { compilePage } from "./page/compile_page.ts";
import type { CompiledPage } from "./page/compiled_page.ts";
import { type ResolvedRunOptions, resolveRunOptions, type RunOptions } from "./run_options.ts";
import { commandLineArgs, openBrowser, readTextFile, type RunningServer, serveApp } from "./runtime/mod.ts";
import { CallbackRunner } from "./server/callback_runner.ts";
import { loadClientAssets } from "./server/client_assets.ts";
import { createApp } from "./server/create_app.ts";
import type { AppFunction, GuiCallbacks, GuiContext } from "./server/gui_context.ts";
import { SessionRegistry } from "./server/session_registry.ts";
import type { State } from "./state/state_type.ts";

/** A page's text: Markdown in a string, or a `.md` file given as a URL (read when the Gui runs). */
export type PageSource = string | URL;

export interface GuiOptions<S extends object> extends GuiCallbacks<S> {
  /** The single page, served at "/". */
  page?: PageSource;
  /** Pages by name; "/" is the root page. */
  pages?: Record<string, PageSource>;
  /** The initial values of every client's state; each client gets its own deep copy. */
  state: S;
  /** Functions pages may name: callbacks (`on_action=save`) and helpers in expressions (`{fmt(x)}`). */
  functions?: Record<string, AppFunction>;
  /** How long a state outlives its tab's last connection, in ms (default 60 000): a reload within it resumes. */
  stateRetention?: number;
}

/**
 * A Tapir application: pages, the state every client gets a copy of, and callbacks.
 *
 * @example
 * ```ts
 * import { Gui } from "./mod.ts";
 * const gui = new Gui({
 *   page: "Received Data: <|{receivedData}|>\n\n<|{threshold}|slider|min=0|max=100|>",
 *   state: { receivedData: 0, threshold: 50 },
 *   onChange: (state, name, value) => console.log(name, value),
 * });
 * await gui.run({ port: 5000 });
 * ```
 */
export class Gui<S extends object> {
  readonly #options: GuiOptions<S>;
  readonly #pages = new Map<string, CompiledPage>();
  readonly #context: GuiContext<S>;
  readonly #registry: SessionRegistry<S>;
  readonly #runner: CallbackRunner<S>;
  #server: RunningServer | undefined;
  #url: string | undefined;

  constructor(options: GuiOptions<S>) {
    this.#options = options;
    const sources = pageSources(options);
    const initial = options.state;
    checkCloneable(initial);
    this.#runner = new CallbackRunner<S>(options);
    this.#context = {
      pages: this.#pages,
      functions: options.functions ?? {},
      callbacks: options,
      initialValues: () => structuredClone(initial) as Record<string, unknown>,
      stateRetentionMs: options.stateRetention ?? 60_000,
      title: "Tapir",
    };
    this.#registry = new SessionRegistry<S>(this.#context, this.#runner);
    // Pages given as text fail here, before anything runs; files are read by run().
    for (const [name, source] of Object.entries(sources)) {
      if (typeof source === "string") this.#pages.set(name, this.#compile(name, source));
    }
  }

  /** The address the Gui serves, once `run()` resolved. */
  get url(): string {
    if (this.#url === undefined) throw new GuiConfigurationError("gui.url is known once gui.run() has resolved");
    return this.#url;
  }

  /** Ids of every client state alive now (connected, or within the retention time after its tab left). */
  stateIds(): string[] {
    return this.#registry.ids();
  }

  /**
   * Starts serving. Resolves once the server listens. Throws a TemplateSyntaxError for a malformed page
   * file before listening.
   */
  async run(options: RunOptions = {}): Promise<void> {
    if (this.#server !== undefined) throw new GuiConfigurationError("this Gui is already running");
    const settings: ResolvedRunOptions = resolveRunOptions(options, commandLineArgs());
    for (const [name, source] of Object.entries(pageSources(this.#options))) {
      if (source instanceof URL) this.#pages.set(name, this.#compile(name, await readTextFile(source)));
    }
    this.#context.title = settings.title;
    const assets = await loadClientAssets();
    this.#server = await serveApp((upgradeWebSocket) =>
      createApp({
        assets,
        upgradeWebSocket,
        context: this.#context,
        registry: this.#registry,
        runner: this.#runner,
        darkMode: settings.darkMode,
      }), { port: settings.port, hostname: settings.host });
    const host = settings.host.includes(":") ? `[${settings.host}]` : settings.host;
    this.#url = `http://${host}:${this.#server.port}/`;
    if (!settings.quiet) console.log(`Tapir is serving ${this.#url}`);
    if (settings.runBrowser) openBrowser(this.#url);
  }

  /** Stops serving and frees every client state. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    this.#registry.clear();
    await server?.close();
  }

  /**
   * Runs `fn(state, ...args)` for one client and pushes what it changed. Resolves with fn's result.
   * Rejects with UnknownStateError for an id that is unknown or expired, or with fn's own error (after
   * onException ran).
   */
  async invokeCallback<A extends unknown[], R>(
    stateId: string,
    fn: (state: State<S>, ...args: A) => R | Promise<R>,
    args: A,
  ): Promise<R> {
    const session = this.#registry.get(stateId);
    if (session === undefined) throw new UnknownStateError(stateId);
    const state = session.state.proxy;
    return await this.#runner.run(state, session, fn.name || "invokeCallback", () => fn(state, ...args), true) as R;
  }

  /** Runs `fn(state, ...args)` for every connected client. A failure in one never stops the others. */
  async broadcastCallback<A extends unknown[]>(
    fn: (state: State<S>, ...args: A) => unknown,
    args: A,
  ): Promise<void> {
    const runs: Promise<unknown>[] = [];
    for (const session of this.#registry.sessions()) {
      if (!session.connected) continue;
      const state = session.state.proxy;
      runs.push(this.#runner.run(state, session, fn.name || "broadcastCallback", () => fn(state, ...args)));
    }
    await Promise.all(runs);
  }

  #compile(name: string, source: string): CompiledPage {
    return compilePage(source, {
      page: name,
      variables: new Set(Object.keys(this.#options.state)),
      functions: new Set(Object.keys(this.#options.functions ?? {})),
    });
  }
}

function pageSources<S extends object>(options: GuiOptions<S>): Record<string, PageSource> {
  if (options.page !== undefined && options.pages !== undefined) {
    throw new GuiConfigurationError("give either page or pages to the Gui, not both");
  }
  if (options.page !== undefined) return { "/": options.page };
  if (options.pages !== undefined && Object.keys(options.pages).length > 0) return options.pages;
  throw new GuiConfigurationError("the Gui needs a page (page: \"...\") or pages (pages: { \"/\": \"...\" })");
}

function checkCloneable(state: object): void {
  for (const [name, value] of Object.entries(state)) {
    try {
      structuredClone(value);
    } catch {
      throw new GuiConfigurationError(
        `state variable "${name}" cannot be copied for each client (functions and class instances with ` +
          `private fields cannot be cloned); pass functions in the Gui's functions option instead`,
      );
    }
  }
}
