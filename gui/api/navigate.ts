/** `navigate(state, to, params)`: Taipy's free function, moving one tab to another page. */
import type { PageParams } from "../protocol/navigation.ts";
import { stateNavigation } from "../server/state_navigation.ts";

/**
 * Moves the tab of `state` to page `to` ("/" or omitted: the first page), with `params` as the URL's query
 * parameters. The tab navigates without reloading, as with a link, so onNavigate and onPageLoad run. A tab
 * that is offline goes there when it reconnects. Throws a GuiConfigurationError for an unknown page.
 *
 * @example
 * ```ts
 * const gui = new Gui({
 *   pages: { "/": "<|navbar|>\n\n<|content|>", home: "# Home", report: "# Report" },
 *   state: {},
 *   functions: { open: (state: State<{}>) => navigate(state, "report", { year: "2024" }) },
 * });
 * ```
 */
export function navigate(state: object, to = "/", params?: PageParams): void {
  stateNavigation(state, "navigate()").navigate(to, params);
}
