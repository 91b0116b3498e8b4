/**
 * The types of the functions an app registers (`new Gui({ functions })`), so that the state type `S` of
 * `new Gui<S>()` reaches them: an inline `(state) => { state.count += 1; }` needs no annotation, and
 * `state.cuont` is a compile error.
 */
import type { State } from "../state/state_type.ts";

/**
 * A function that runs for one tab: `on_action=add`, `on_change=check`, an adapter, a table's
 * `row_class_name`, a function a worker names. It gets that tab's State first, then what the element sends
 * (`A`: unknown unless you say, because it comes from the browser).
 *
 * @example
 * ```ts
 * import type { Callback } from "tapir";
 *
 * type AppState = { count: number };
 * export const add: Callback<AppState> = (state) => {
 *   state.count += 1;
 * };
 * export const addStep: Callback<AppState, [id: string, step: number]> = (state, _id, step) => {
 *   state.count += step;
 * };
 * ```
 */
export type Callback<S extends object, A extends unknown[] = unknown[]> = (state: State<S>, ...args: A) => unknown;

/**
 * One entry of the Gui's `functions`: a {@linkcode Callback} of this app's State, or any other function a
 * page calls in an expression (`{fmt(x)}`, an adapter `(item: Item) => [id, label]`).
 *
 * Why the union with `Function`: TypeScript types an unannotated parameter from the one member of a union
 * that has call signatures, and `Function` has none. So `(state) => ...` gets `State<S>` (a typo is an
 * error), while a helper whose first parameter is annotated otherwise (`(x: number) => ...`) is accepted as
 * a plain function instead of being rejected for not taking a State.
 *
 * @example
 * ```ts
 * import type { GuiFunction } from "tapir";
 *
 * const fmt: GuiFunction<{ count: number }> = (value: number) => value.toFixed(1);
 * ```
 */
// deno-lint-ignore ban-types
export type GuiFunction<S extends object> = Callback<S> | Function;

/**
 * The Gui's `functions` option: every function pages may name, by name.
 *
 * @example
 * ```ts
 * import type { GuiFunctions } from "tapir";
 *
 * const functions: GuiFunctions<{ count: number }> = {
 *   add: (state) => void (state.count += 1),
 *   fmt: (value: number) => value.toFixed(1),
 * };
 * ```
 */
export type GuiFunctions<S extends object> = Readonly<Record<string, GuiFunction<S>>>;
