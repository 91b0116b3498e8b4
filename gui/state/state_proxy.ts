/**
 * The object the app's callbacks receive as `state`: reads and writes of variables by name, plus the
 * methods of `StateMethods`. A variable named like a method hides the method (use the variable).
 */
import type { ClientState } from "./client_state.ts";
import type { State, StateMethods } from "./state_type.ts";

export function createStateProxy<S extends object>(client: ClientState<S>): State<S> {
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
