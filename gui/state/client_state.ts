/**
 * One tab's variables, and the record of which of them changed since they were last pushed. Knows nothing
 * of sockets: whoever owns it is told through `ClientStateHooks` when a change wants to be sent.
 */
import { didYouMean } from "../errors.ts";
import { DeepTracker } from "./deep_tracker.ts";
import type { SharedMember, SharedVariables } from "./shared_variables.ts";
import { registerStateId } from "./state_ids.ts";
import { createStateProxy } from "./state_proxy.ts";
import type { State } from "./state_type.ts";

export interface ClientStateHooks {
  /** A variable was assigned: called synchronously after each assignment, for onChange. */
  changed(name: string, value: unknown): void;
  /** Changes are waiting: called once per batch, after the current synchronous work (a microtask). */
  flushRequested(): void;
  /**
   * A variable changed in place: what was last sent of it may be this very object, changed, so it can no
   * longer be the base of a delta.
   */
  mutated?(name: string): void;
}

export class ClientState<S extends object> implements SharedMember {
  readonly id: string;
  /** The raw values, read by expressions (never through proxies). */
  readonly values: Record<string, unknown>;
  readonly proxy: State<S>;
  /** Variables changed since the last `takeChanges()`, in order of first change. */
  #dirty = new Set<string>();
  #flushScheduled = false;
  /** Open `batch()` calls: while above 0, changes wait for the outermost batch to end. */
  #batchDepth = 0;
  readonly #hooks: ClientStateHooks;
  readonly #tracker: DeepTracker;
  readonly #shared: SharedVariables | undefined;

  constructor(id: string, values: Record<string, unknown>, hooks: ClientStateHooks, shared?: SharedVariables) {
    this.id = id;
    this.values = values;
    this.#hooks = hooks;
    this.#shared = shared;
    this.#tracker = new DeepTracker({
      read: (name) => this.values[name],
      replace: (name, value) => void (this.values[name] = value),
      mutated: (name) => this.markMutated(name),
    });
    for (const name of Object.keys(values)) {
      if (shared?.has(name)) values[name] = shared.value(name);
      else this.#tracker.own(name);
    }
    shared?.attach(this);
    this.proxy = createStateProxy<S>(this);
    registerStateId(this.proxy, id);
  }

  has(name: string): boolean {
    return Object.hasOwn(this.values, name);
  }

  /** What `state[name]` gives the app: a tracked proxy for an object or array, else the value. */
  read(name: string): unknown {
    if (this.#shared?.has(name)) return this.#shared.read(name);
    return this.#tracker.track(name, this.values[name]);
  }

  /**
   * Sets a variable, records the change and asks for a flush; a shared variable is set for every client.
   * Throws for a variable the state lacks.
   */
  set(name: string, value: unknown): void {
    if (!this.has(name)) {
      const hint = didYouMean(name, Object.keys(this.values)) ?? "declare it in the Gui's state";
      throw new Error(`The state has no variable "${name}" (${hint})`);
    }
    if (this.#shared?.has(name)) {
      this.#shared.assign(name, value);
    } else {
      this.values[name] = this.#tracker.adoptRoot(name, value);
      this.markChanged(name);
    }
    this.#hooks.changed(name, value);
  }

  /** Records that a variable must be sent again without setting it. */
  markChanged(name: string): void {
    this.#dirty.add(name);
    if (this.#flushScheduled || this.#batchDepth > 0) return;
    this.#flushScheduled = true;
    // A microtask: every assignment made by the same synchronous code travels in one message.
    queueMicrotask(() => {
      this.#flushScheduled = false;
      if (this.#batchDepth === 0) this.#hooks.flushRequested();
    });
  }

  /** A variable changed in place: sent again, whole. */
  markMutated(name: string): void {
    this.#hooks.mutated?.(name);
    this.markChanged(name);
  }

  /** `state.refresh(name)`: sends a variable again, whole; a shared one to every client. */
  refresh(name: string): void {
    if (!this.has(name)) throw new Error(`The state has no variable "${name}"`);
    if (this.#shared?.has(name)) this.#shared.refresh(name);
    else this.markMutated(name);
  }

  /** A shared variable took a new value (from this client or another). */
  receiveShared(name: string, value: unknown): void {
    this.values[name] = value;
    this.markChanged(name);
  }

  /** Runs `fn`; every change made until it settles, across awaits, is sent in one message at its end. */
  async batch<R>(fn: () => R | Promise<R>): Promise<Awaited<R>> {
    this.#batchDepth++;
    try {
      return await fn();
    } finally {
      this.#batchDepth--;
      if (this.#batchDepth === 0 && this.#dirty.size > 0) this.#hooks.flushRequested();
    }
  }

  /** Returns and clears the changed variables. */
  takeChanges(): string[] {
    const changed = [...this.#dirty];
    this.#dirty.clear();
    return changed;
  }

  /** The state is freed: it stops receiving shared variables. */
  dispose(): void {
    this.#shared?.detach(this);
  }
}
