/**
 * One tab's variables, and the record of which of them changed since they were last pushed. Knows nothing
 * of sockets: whoever owns it is told through `ClientStateHooks` when a change wants to be sent.
 */
import { didYouMean } from "../errors.ts";
import { registerStateId } from "./state_ids.ts";
import type { State } from "./state_type.ts";

export interface ClientStateHooks {
  /** A variable changed: called synchronously after each assignment, for onChange. */
  changed(name: string, value: unknown): void;
  /** Changes are waiting: called once per batch, after the current synchronous work (a microtask). */
  flushRequested(): void;
}

export class ClientState<S extends object> {
  readonly id: string;
  readonly values: Record<string, unknown>;
  readonly proxy: State<S>;
  /** Variables changed since the last `takeChanges()`, in order of first change. */
  #dirty = new Set<string>();
  #flushScheduled = false;
  #hooks: ClientStateHooks;

  constructor(id: string, values: Record<string, unknown>, hooks: ClientStateHooks) {
    this.id = id;
    this.values = values;
    this.#hooks = hooks;
    this.proxy = createStateProxy<S>(this);
    registerStateId(this.proxy, id);
  }

  has(name: string): boolean {
    return Object.hasOwn(this.values, name);
  }

  /** Sets a variable, records the change and asks for a flush. Throws for a variable the state lacks. */
  set(name: string, value: unknown): void {
    if (!this.has(name)) {
      const hint = didYouMean(name, Object.keys(this.values)) ?? "declare it in the Gui's state";
      throw new Error(`The state has no variable "${name}" (${hint})`);
    }
    this.values[name] = value;
    this.markChanged(name);
    this.#hooks.changed(name, value);
  }

  /** Records that a variable must be sent again without setting it. */
  markChanged(name: string): void {
    this.#dirty.add(name);
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    // A microtask: every assignment made by the same synchronous code travels in one message.
    queueMicrotask(() => {
      this.#flushScheduled = false;
      this.#hooks.flushRequested();
    });
  }

  /** Returns and clears the changed variables. */
  takeChanges(): string[] {
    const changed = [...this.#dirty];
    this.#dirty.clear();
    return changed;
  }
}

function createStateProxy<S extends object>(client: ClientState<S>): State<S> {
  const methods = {
    assign: (name: string, value: unknown) => client.set(name, value),
    refresh: (name: string) => {
      if (!client.has(name)) throw new Error(`The state has no variable "${name}"`);
      client.markChanged(name);
    },
  };
  const handler: ProxyHandler<Record<string, unknown>> = {
    get(values, name) {
      if (typeof name !== "string") return undefined;
      if (Object.hasOwn(values, name)) return values[name];
      if (name === "assign" || name === "refresh") return methods[name];
      return undefined;
    },
    set(_values, name, value) {
      if (typeof name !== "string") return false;
      client.set(name, value);
      return true;
    },
    has(values, name) {
      return typeof name === "string" && Object.hasOwn(values, name);
    },
    deleteProperty(_values, name) {
      throw new Error(`State variables cannot be deleted ("${String(name)}"); assign undefined or null instead`);
    },
  };
  return new Proxy(client.values, handler) as State<S>;
}
