/**
 * Reaches a tab's navigation from the State a callback received, for the free functions `navigate(state,
 * ...)` and `partial.update(state, ...)`, without putting anything on the State (where it would shadow a
 * variable of the same name).
 */
import type { PageText } from "../page/page_text.ts";
import type { PageParams } from "../protocol/navigation.ts";

/** What the free functions may do to one tab. */
export interface StateNavigation {
  navigate(to: string, params: PageParams | undefined): void;
  updatePartial(name: string, text: PageText): void;
}

const navigations = new WeakMap<object, StateNavigation>();

/** Called once per session, when it is created. */
export function registerStateNavigation(state: object, navigation: StateNavigation): void {
  navigations.set(state, navigation);
}

/** The navigation of the tab whose State this is; throws a TypeError for anything else. */
export function stateNavigation(state: object, caller: string): StateNavigation {
  const navigation = navigations.get(state);
  if (navigation === undefined) throw new TypeError(`${caller} expects a State received by a Tapir callback`);
  return navigation;
}
