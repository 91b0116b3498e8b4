import type { GuiFunctions } from "./callback.ts";

/**
 * Types functions written away from the Gui (in a module of their own) against the app's State, the way
 * the Gui's `functions` option types inline ones: `(state) => ...` gets `State<S>`, a typo in a variable is
 * a compile error, and each function keeps its own type for other callers. Curried because TypeScript
 * cannot take `S` from you and infer the functions' own types in the same call.
 *
 * @example
 * ```ts
 * import { defineFunctions, Gui } from "tapir";
 *
 * type AppState = { count: number };
 * export const functions = defineFunctions<AppState>()({
 *   add: (state) => void (state.count += 1),
 *   fmt: (value: number) => value.toFixed(1),
 * });
 * const gui = new Gui<AppState>({ page: "<|{fmt(count)}|> <|Add|button|on_action=add|>", state: { count: 0 }, functions });
 * ```
 */
export function defineFunctions<S extends object>(): <F extends GuiFunctions<S>>(functions: F) => F {
  return (functions) => functions;
}
