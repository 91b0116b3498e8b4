/**
 * The object the app's callbacks receive as `state`: reads and writes of variables by name, plus the
 * methods of `StateMethods`. A variable named like a method hides the method (use the variable).
 */
import type { State, StateMethods } from "./state_type.ts";

/**
 * What the proxy reads and writes through: one tab's ClientState (client_state.ts, which creates the
 * proxy), named here so that this file need not import it back.
 */
export interface StateProxyTarget {
  /** The variables by name; the proxy's target, for `in` and key listing. */
  readonly values: Record<string, unknown>;
  read(name: string): unknown;
  set(name: string, value: unknown): void;
  refresh(name: string): void;
  batch<R>(fn: () => R | Promise<R>): Promise<Awaited<R>>;
}

export function createStateProxy<S extends object>(client: StateProxyTarget): State<S> {
  const methods: StateMethods<S> = {
    assign: (name, value) => client.set(name, value),
    refresh: (name) => client.refresh(name),
    batch: (fn) => client.batch(fn),
  };
  const handler: ProxyHandler<Record<string, unknown>> = {
    get(values, name) {
      if (typeof name !== "string") return undefined;
      if (Object.hasOwn(values, name)) return client.read(name);
      if (Object.hasOwn(methods, name)) return methods[name as keyof StateMethods<S>];
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
