/**
 * One tab, as the server sees it: its State, the page it has open, what it was last sent, and its outbox.
 * Turns changed variables into patches (re-sending a computed binding only when its value changed) and
 * applies what the tab writes back, with the element's or the Gui's callbacks.
 */
import { elementCatalogue } from "../elements/catalogue.ts";
import type { ElementView } from "../elements/element_definition.ts";
import type { Binding, ExpressionScope } from "../expressions/mod.ts";
import { assignPath } from "../expressions/mod.ts";
import type { PageView } from "../page/compose_view.ts";
import type { ErrorCode, ValueMap } from "../protocol/messages.ts";
import { ClientState } from "../state/client_state.ts";
import type { CallbackRunner } from "./callback_runner.ts";
import { describeValue } from "../elements/writes/describe_value.ts";
import { checkWrite, type WriteSource } from "./check_write.ts";
import type { SessionContext } from "./session_context.ts";
import { Outbox } from "./outbox.ts";

export class ClientSession<S extends object> {
  readonly state: ClientState<S>;
  readonly secret: string;
  readonly outbox: Outbox;
  /** The view the tab has open, set by PageRouter alone (which asks onNavigate); undefined until hello. */
  page: PageView | undefined;
  /** The page load that holds the session (see HelloMessage.instance). */
  instance: string | undefined;
  expiryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Binding key -> what the tab holds: the value for direct bindings, its JSON for computed ones. */
  readonly #known = new Map<string, unknown>();
  readonly #context: SessionContext<S>;
  readonly #runner: CallbackRunner<S>;
  readonly #scope: ExpressionScope;
  /** Variables whose onChange is running, so that an onChange that sets its own variable does not recurse. */
  readonly #inOnChange = new Set<string>();
  /** Set while an element's own on_change replaces the global one for a write. */
  #elementHandlesChange: string | undefined;
  #brokenBindings = new Set<string>();
  /** Set after the first fault of this session, which alone is logged (one bad value may fail every flush). */
  #faulted = false;

  constructor(id: string, secret: string, context: SessionContext<S>, runner: CallbackRunner<S>) {
    this.secret = secret;
    this.#context = context;
    this.#runner = runner;
    // The outbox waits for a backed-up socket well before the channel would drop the client for it.
    this.outbox = new Outbox({
      highWaterBytes: Math.min(1 << 20, context.limits.maxBufferedBytes / 2),
      onFault: (error) => this.#fault(error),
    });
    this.state = new ClientState<S>(id, context.initialValues(), {
      changed: (name, value) => this.#runGlobalOnChange(name, value),
      flushRequested: () => this.flush(),
      mutated: (name) => this.outbox.forgetSent(this.page?.dependents.get(name) ?? []),
    }, context.shared);
    this.#scope = {
      variables: this.state.values,
      functions: context.functions as Readonly<Record<string, (...args: unknown[]) => unknown>>,
    };
  }

  get id(): string {
    return this.state.id;
  }

  /** What the page's file_download links belong to (the scope their transform sees): freed with the state. */
  get downloadOwner(): object {
    return this.#scope;
  }

  get connected(): boolean {
    return this.outbox.channel !== undefined;
  }

  /** Every value the open page shows, recorded as known to the tab. */
  snapshot(): ValueMap {
    this.state.takeChanges();
    const values: ValueMap = {};
    for (const [key, binding] of this.page?.bindings ?? []) {
      values[key] = this.#evaluate(key, binding);
      this.#remember(key, binding, values[key]);
    }
    return values;
  }

  /**
   * Sends what changed since the last flush: the bindings that read a changed variable. Never throws: it
   * runs in a microtask, where an error would reach no caller and would end a Node process.
   */
  flush(): void {
    try {
      this.#flushChanges();
    } catch (error) {
      this.#fault(error);
    }
  }

  #flushChanges(): void {
    const changed = this.state.takeChanges();
    const page = this.page;
    if (page === undefined || changed.length === 0) return;
    const values: ValueMap = {};
    let any = false;
    for (const variable of changed) {
      for (const key of page.dependents.get(variable) ?? []) {
        if (key in values) continue;
        const binding = page.bindings.get(key);
        if (binding === undefined) continue;
        const value = this.#evaluate(key, binding);
        if (this.#isKnown(key, binding, value)) continue;
        this.#remember(key, binding, value);
        values[key] = value;
        any = true;
      }
    }
    if (any) this.outbox.push(values);
  }

  /** The tab wrote `value` into a two-way binding. */
  async handleUpdate(key: string, value: unknown, source: WriteSource = "socket"): Promise<void> {
    const writable = this.page?.writable.get(key);
    if (writable === undefined) {
      const bound = this.page?.bindings.has(key) ?? false;
      this.sendError(
        bound ? "read-only-binding" : "unknown-binding",
        bound ? `"${key}" is not written by any element of this page` : `"${key}" is not bound on this page`,
      );
      return;
    }
    const problem = checkWrite(writable, value, source, (index) => this.#elementView(index));
    if (problem !== undefined) {
      this.sendError("bad-value", `"${key}" ${problem}`);
      return;
    }
    // The tab already shows what it wrote: never echo it back (that would fight the user's typing).
    this.#remember(key, writable.binding, value);
    this.outbox.recordClientValue(key, value);
    const [root, ...rest] = writable.binding.path ?? [key];
    const rootName = String(root);
    const callbackName = writable.onChange;
    if (writable.propagate) {
      this.#elementHandlesChange = callbackName === undefined ? undefined : rootName;
      try {
        const current = this.state.values[rootName];
        this.state.set(rootName, rest.length === 0 ? value : assignPath(current, rest, value));
      } finally {
        this.#elementHandlesChange = undefined;
      }
    }
    if (callbackName !== undefined) {
      const callback = this.#context.functions[callbackName] as (...args: unknown[]) => unknown;
      await this.#runner.run(this.state.proxy, this, callbackName, () => callback(this.state.proxy, key, value));
    } else if (!writable.propagate) {
      await this.#callGlobalOnChange(key, value);
    }
  }

  /** The tab fired the action of element `index`. */
  async handleAction(index: number, payload: unknown): Promise<void> {
    const action = this.page?.actions.get(index);
    if (action === undefined) {
      this.sendError("unknown-element", `element ${index} of this page has no action`);
      return;
    }
    const problem = this.#actionProblem(index, payload);
    if (problem !== undefined) {
      this.sendError("bad-value", `the action of element ${index} ${problem}`);
      return;
    }
    const proxy = this.state.proxy;
    if (action.callbackName !== undefined) {
      const callback = this.#context.functions[action.callbackName] as (...args: unknown[]) => unknown;
      await this.#runner.run(proxy, this, action.callbackName, () => callback(proxy, action.elementId, payload));
      return;
    }
    const onAction = this.#context.callbacks.onAction;
    if (onAction !== undefined) {
      await this.#runner.run(proxy, this, "onAction", () => onAction(proxy, action.elementId, payload));
    }
  }

  /** The tab asked element `index` for data (a table page, a chart range). */
  async handleRequest(id: number, index: number, query: unknown): Promise<void> {
    const descriptor = this.page?.descriptor.elements[index];
    const handler = descriptor === undefined ? undefined : elementCatalogue.get(descriptor.type)?.request;
    const view = this.#elementView(index);
    if (handler === undefined || view === undefined) {
      this.outbox.sendUnnumbered({ type: "response", id, error: `element ${index} answers no requests` });
      return;
    }
    try {
      const data = await handler(query, view);
      this.outbox.sendUnnumbered({ type: "response", id, data });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.outbox.sendUnnumbered({ type: "response", id, error: message });
    }
  }

  sendError(code: ErrorCode, message: string): void {
    this.outbox.sendUnnumbered({ type: "error", code, message });
  }

  notifyFailure(functionName: string): void {
    this.sendError("callback-failed", `"${functionName}" failed on the server`);
  }

  /** Why element `index` could not have sent `payload` (see ElementDefinition.checkAction). */
  #actionProblem(index: number, payload: unknown): string | undefined {
    const descriptor = this.page?.descriptor.elements[index];
    const check = descriptor === undefined ? undefined : elementCatalogue.get(descriptor.type)?.checkAction;
    const view = this.#elementView(index);
    if (check === undefined || view === undefined) return undefined;
    const problem = check(payload, view);
    return problem === undefined ? undefined : `${problem}; got ${describeValue(payload)}`;
  }

  /** Element `index` of the open page as its request handler and write rule see it, for this state. */
  #elementView(index: number): ElementView | undefined {
    const page = this.page;
    const descriptor = page?.descriptor.elements[index];
    if (page === undefined || descriptor === undefined) return undefined;
    return {
      value: (name) => {
        const key = descriptor.bindings[name];
        const binding = key === undefined ? undefined : page.bindings.get(key);
        return binding === undefined ? descriptor.props[name] : this.#evaluate(binding.key, binding);
      },
      call: (name, args) => {
        const fn = Object.hasOwn(this.#context.functions, name) ? this.#context.functions[name] : undefined;
        if (fn === undefined) return Promise.reject(new Error(`unknown function "${name}"`));
        const proxy = this.state.proxy;
        const callback = fn as (...args: unknown[]) => unknown;
        return this.#runner.run(proxy, this, name, () => callback(proxy, ...args));
      },
    };
  }

  /** A failure on the server's side for this tab only: logged once, the tab told, its pending values dropped. */
  #fault(error: unknown): void {
    if (!this.#faulted) {
      this.#faulted = true;
      console.error(`Tapir: state ${this.id}: values could not be sent to its tab (later faults of this state are not logged):`, error);
    }
    this.outbox.clearPending();
    this.sendError("server-fault", "the server could not send some values to this page; see the server's log");
  }

  #runGlobalOnChange(name: string, value: unknown): void {
    if (this.#elementHandlesChange === name) return;
    void this.#callGlobalOnChange(name, value);
  }

  async #callGlobalOnChange(name: string, value: unknown): Promise<void> {
    const onChange = this.#context.callbacks.onChange;
    if (onChange === undefined || this.#inOnChange.has(name)) return;
    this.#inOnChange.add(name);
    const proxy = this.state.proxy;
    // Only the state's own variables are ever assigned (ClientState refuses others): name is one of S's keys.
    const variable = name as keyof S & string;
    const done = this.#runner.run(proxy, this, "onChange", () => onChange(proxy, variable, value));
    // Only the synchronous part is guarded: an assignment after an await is a new change.
    this.#inOnChange.delete(name);
    await done;
  }

  #evaluate(key: string, binding: Binding): unknown {
    try {
      const value = binding.evaluate(this.#scope);
      return value === undefined ? null : value;
    } catch (error) {
      if (!this.#brokenBindings.has(key)) {
        this.#brokenBindings.add(key);
        console.warn(`Tapir: cannot evaluate {${key}}: ${error instanceof Error ? error.message : error}`);
      }
      return null;
    }
  }

  #isKnown(key: string, binding: Binding, value: unknown): boolean {
    if (!this.#known.has(key)) return false;
    const known = this.#known.get(key);
    if (binding.kind === "direct") {
      // An object may have been changed in place and assigned again: only primitives can be skipped.
      return (typeof value !== "object" || value === null) && Object.is(known, value);
    }
    return known === JSON.stringify(value);
  }

  #remember(key: string, binding: Binding, value: unknown): void {
    this.#known.set(key, binding.kind === "direct" ? value : JSON.stringify(value));
  }
}
