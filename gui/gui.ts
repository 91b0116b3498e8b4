/**
 * class Gui: wires pages, per-client state and the server together.
 */
import { acceptsState, type BroadcastOptions } from "./api/broadcast_options.ts";
import { didYouMean, GuiConfigurationError, UnknownStateError } from "./errors.ts";
import type { CompiledCallback, ExpressionScope } from "./expressions/mod.ts";
import { compilePage } from "./page/compile_page.ts";
import { compilePageTree } from "./page/compile_page_tree.ts";
import type { CompiledPage } from "./page/compiled_page.ts";
import type { PageCompileOptions, PageSource, PageText } from "./page/page_text.ts";
import { PagePartial } from "./api/page_partial.ts";
import { type ResolvedRunOptions, resolveRunOptions, type RunOptions } from "./api/run_options.ts";
import {
  commandLineArgs,
  openBrowser,
  preloadServeAdapter,
  readTextFile,
  type RunningServer,
  serveApp,
} from "./runtime/mod.ts";
import { CallbackRunner } from "./server/callback_runner.ts";
import { loadClientAssets } from "./server/client_assets.ts";
import { createApp } from "./server/create_app.ts";
import { type AllowedOrigins, allowedOriginsOf } from "./server/origin_policy.ts";
import type { UploadLimits } from "./server/upload_limits.ts";
import { resolveLimits, type ServerLimits } from "./server/server_limits.ts";
import { type AllowedHosts, allowedHostsOf } from "./server/host_policy.ts";
import type { GuiCallbacks } from "./server/gui_callbacks.ts";
import type { AppFunction } from "./server/app_function.ts";
import type { GuiContext } from "./server/gui_context.ts";
import { startPageReloader } from "./server/page_reloader.ts";
import { PageRouter } from "./server/page_router.ts";
import { PageViews } from "./server/page_views.ts";
import { SessionRegistry } from "./server/session_registry.ts";
import { connectWorker } from "./server/worker_host.ts";
import { SharedVariables } from "./state/shared_variables.ts";
import type { State } from "./state/state_type.ts";
import type { GuiFunctions } from "./api/callback.ts";
import type { WorkerLike } from "./runtime/worker.ts";

export type { PageSource } from "./page/page_text.ts";

/**
 * What `new Gui()` takes: the pages, the initial state, the functions pages name, and the callbacks.
 *
 * @example
 * ```ts
 * import { Gui, type GuiOptions } from "tapir";
 *
 * type AppState = { count: number };
 * const options: GuiOptions<AppState> = {
 *   page: "<|{count}|> <|Add|button|on_action=add|>",
 *   state: { count: 0 },
 *   functions: { add: (state) => void (state.count += 1) },
 *   onChange: (state, name, value) => console.log(name, value),
 * };
 * const gui = new Gui(options);
 * ```
 */
export interface GuiOptions<S extends object> extends GuiCallbacks<S> {
  /** The single page, served at "/". */
  page?: PageSource;
  /**
   * Pages by name. With several pages, the one named "/" is the root page: it frames every other page,
   * which shows where the root has `<|content|>`, and "/" shows the first other page.
   */
  pages?: Record<string, PageSource>;
  /** The initial values of every client's state; each client gets its own deep copy. */
  state: S;
  /**
   * Functions pages may name: callbacks (`on_action=save`) and helpers in expressions (`{fmt(x)}`). An
   * inline `(state) => ...` gets this app's State; see {@linkcode GuiFunction} and `defineFunctions`.
   */
  functions?: GuiFunctions<S>;
  /** How long a state outlives its tab's last connection, in ms (default 60 000): a reload within it resumes. */
  stateRetention?: number;
  /** Limits of file_selector uploads; defaults: 50 MiB per file, 10 files, 100 MiB per upload. */
  uploads?: Partial<UploadLimits>;
  /**
   * Origins (`https://example.com:8443`) besides this server's own whose pages may open the WebSocket and
   * upload files. Default: none, so a page of another site cannot reach any tab's state.
   */
  allowedOrigins?: readonly string[];
  /**
   * Host names (`app.example.com`, or `.example.com` for a domain and its subdomains) the server answers
   * to besides IP addresses, `localhost` and the host it listens on; `true` answers to any. Default: none,
   * so a page of another site that rebinds its name to this server's address (DNS rebinding) is refused.
   */
  allowedHosts?: readonly string[] | true;
  /** Variables with one value for all clients; see `Gui.addSharedVariable`. */
  shared?: readonly (keyof S & string)[];
  /**
   * What the server and each client may cost: states alive, upload bytes held, hellos per address, upload
   * parts, time before a hello, frames waiting behind a slow callback, bytes buffered for a client that does
   * not read, how long a callback may run. Each key's default and what happens when it is hit are in
   * `ServerLimits`.
   */
  limits?: Partial<ServerLimits>;
}

/**
 * A Tapir application: pages, the state every client gets a copy of, and callbacks.
 *
 * @example
 * ```ts
 * import { Gui } from "tapir";
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
  readonly #views: PageViews;
  readonly #context: GuiContext<S>;
  readonly #registry: SessionRegistry<S>;
  readonly #runner: CallbackRunner<S>;
  readonly #shared = new SharedVariables();
  /** The app's functions, then the pages' inline callbacks under their text (see compile_inline_callback.ts). */
  readonly #functions: Record<string, AppFunction>;
  #server: RunningServer | undefined;
  readonly #allowedOrigins: AllowedOrigins;
  readonly #allowedHosts: AllowedHosts;
  #url: string | undefined;
  /** Dev mode's page watcher, while running with useReloader. */
  #stopReloader: (() => void) | undefined;

  constructor(options: GuiOptions<S>) {
    this.#options = options;
    const sources = pageSources(options);
    const initial = options.state;
    checkCloneable(initial);
    checkNoNameClash(initial, options.functions ?? {});
    this.#allowedOrigins = allowedOriginsOf(options.allowedOrigins);
    this.#allowedHosts = allowedHostsOf(options.allowedHosts);
    this.#functions = registeredFunctions(options.functions ?? {});
    const limits = resolveLimits(options.limits);
    this.#runner = new CallbackRunner<S>(options, limits);
    this.#views = new PageViews(sources, (name, text, extra) => this.#compile(name, text, extra));
    this.#context = {
      pages: this.#views.views,
      router: new PageRouter<S>(this.#views, options, this.#runner),
      functions: this.#functions,
      callbacks: options,
      initialValues: () => structuredClone(initial) as Record<string, unknown>,
      stateRetentionMs: options.stateRetention ?? 60_000,
      limits,
      title: "Tapir",
      shared: this.#shared,
    };
    this.#registry = new SessionRegistry<S>(this.#context, this.#runner);
    this.addSharedVariable(...(options.shared ?? []));
    // Pages given as text fail here, before anything runs; files are read by run().
    this.#views.compileGiven();
  }

  /**
   * Adds a partial: content that every `part` with `partial=name` shows, and that `partial.update(state,
   * ...)` replaces for one tab. Call it before `run()`.
   */
  addPartial(name: string, source: PageSource): PagePartial {
    this.#views.addPartial(name, source);
    return new PagePartial(name);
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
    // The server adapter loads while the pages and the client bundle are read.
    void preloadServeAdapter();
    await this.#views.load(readTextFile);
    this.#context.title = settings.title;
    const assets = await loadClientAssets();
    // A navigation loads the element scripts the tab lacks; main.js is already running.
    this.#context.router.scriptsFor = (types) =>
      assets.scriptsFor(types).modules.filter((file) => file !== assets.manifest.main);
    this.#server = await serveApp((upgradeWebSocket, remoteAddress) =>
      createApp({
        assets,
        upgradeWebSocket,
        remoteAddress,
        context: this.#context,
        registry: this.#registry,
        runner: this.#runner,
        darkMode: settings.darkMode,
        ...(this.#options.uploads === undefined ? {} : { uploads: this.#options.uploads }),
        allowedOrigins: this.#allowedOrigins,
        allowedHosts: this.#allowedHosts,
        listenHost: settings.host,
      }), { port: settings.port, hostname: settings.host });
    const host = settings.host.includes(":") ? `[${settings.host}]` : settings.host;
    this.#url = `http://${host}:${this.#server.port}/`;
    if (settings.useReloader) {
      this.#stopReloader = startPageReloader({
        views: this.#views,
        context: this.#context,
        sessions: () => this.#registry.sessions(),
        readText: readTextFile,
      });
    }
    if (!settings.quiet) console.log(`Tapir is serving ${this.#url}`);
    if (settings.runBrowser) openBrowser(this.#url);
  }

  /** Stops serving and frees every client state. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    this.#stopReloader?.();
    this.#stopReloader = undefined;
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

  /**
   * Runs `fn(state, ...args)` for every connected client, or those `options.filter` keeps. A failure in one
   * never stops the others.
   */
  async broadcastCallback<A extends unknown[]>(
    fn: (state: State<S>, ...args: A) => unknown,
    args: A,
    options: BroadcastOptions = {},
  ): Promise<void> {
    const runs: Promise<unknown>[] = [];
    for (const session of this.#registry.sessions()) {
      if (!session.connected || !acceptsState(options.filter, session.id)) continue;
      const state = session.state.proxy;
      runs.push(this.#runner.run(state, session, fn.name || "broadcastCallback", () => fn(state, ...args)));
    }
    await Promise.all(runs);
  }

  /**
   * Makes variables shared: one value for all clients, starting from the Gui's state. Assigning one in any
   * client's callback (or with `assignShared` from background work) updates every client; so does an
   * in-place change (`state.messages.push(m)`). onChange runs once, for the client whose code or user made
   * the change, not for every client. Call it before `run()`.
   */
  addSharedVariable(...names: (keyof S & string)[]): void {
    if (names.length > 0 && this.#server !== undefined) {
      throw new GuiConfigurationError("add shared variables before gui.run()");
    }
    for (const name of names) {
      if (!Object.hasOwn(this.#options.state, name)) {
        const hint = didYouMean(name, Object.keys(this.#options.state)) ?? "add it to the Gui's state first";
        throw new GuiConfigurationError(`cannot share "${name}": the state has no such variable (${hint})`);
      }
      this.#shared.add(name, this.#options.state[name]);
    }
  }

  /**
   * Sets a shared variable for every client, from background work (no client's onChange runs). Throws for a
   * variable that is not shared.
   */
  assignShared<K extends keyof S & string>(name: K, value: S[K]): void {
    this.#shared.assign(name, value);
  }

  /**
   * Lets code in a worker thread reach the clients: `workerBridge` calls in the worker (see worker.ts) run
   * the Gui's registered `functions`, by name, here. Returns a function that disconnects the worker.
   */
  connectWorker(worker: WorkerLike): () => void {
    return connectWorker(worker, {
      functions: this.#context.functions,
      // Functions are registered untyped; the worker names them and passes arguments it cannot type either.
      invokeCallback: (stateId, fn, args) => this.invokeCallback(stateId, fn as StateCallback<S>, args),
      broadcastCallback: (fn, args, options) => this.broadcastCallback(fn as StateCallback<S>, args, options),
      assignShared: (name, value) => this.#shared.assign(name, value),
    });
  }

  #compile(name: string, text: PageText, extra: PageCompileOptions = {}): CompiledPage {
    const options = {
      page: name,
      variables: new Set(Object.keys(this.#options.state)),
      functions: new Set(Object.keys(this.#options.functions ?? {})),
      addInlineCallback: (text: string, callback: CompiledCallback) => {
        const functions = this.#functions as ExpressionScope["functions"];
        this.#functions[text] = (state: State<S>, ...args: unknown[]) => callback.run([state, ...args], functions);
      },
      ...extra,
    };
    return typeof text === "string"
      ? compilePage(text, options)
      : compilePageTree(text.tree, { ...options, source: text.source });
  }
}

type StateCallback<S extends object> = (state: State<S>, ...args: unknown[]) => unknown;

function pageSources<S extends object>(options: GuiOptions<S>): Record<string, PageSource> {
  if (options.page !== undefined && options.pages !== undefined) {
    throw new GuiConfigurationError("give either page or pages to the Gui, not both");
  }
  if (options.page !== undefined) return { "/": options.page };
  if (options.pages !== undefined && Object.keys(options.pages).length > 0) return options.pages;
  throw new GuiConfigurationError("the Gui needs a page (page: \"...\") or pages (pages: { \"/\": \"...\" })");
}

/**
 * The app's functions as the server calls them: by name, with arguments it passes untyped. A `Function`
 * (see GuiFunction) is as callable as any; a value that is no function (from JavaScript, where nothing
 * checked the option) is refused here rather than when a tab first names it.
 */
function registeredFunctions<S extends object>(functions: GuiFunctions<S>): Record<string, AppFunction> {
  const registered: Record<string, AppFunction> = {};
  for (const [name, fn] of Object.entries(functions)) {
    const value: unknown = fn;
    if (typeof value !== "function") {
      throw new GuiConfigurationError(
        `functions.${name} is ${value === null ? "null" : typeof value}, not a function; give a function ` +
          `(state) => { ... } or remove it`,
      );
    }
    registered[name] = fn as AppFunction;
  }
  return registered;
}

/** A function named like a variable would silently win in `{name}`: refuse the ambiguity up front. */
function checkNoNameClash(state: object, functions: object): void {
  for (const name of Object.keys(functions)) {
    if (Object.hasOwn(state, name)) {
      throw new GuiConfigurationError(
        `"${name}" is both a state variable and a registered function; rename one of them so that ` +
          `pages that name "${name}" are not ambiguous`,
      );
    }
  }
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
