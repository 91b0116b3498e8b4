/**
 * The messages of client-side navigation, shared by server and browser. Pure types and narrowing.
 *
 * A page change starts in the browser: a link, the navbar, back/forward, or the server's `go` asking the
 * tab to navigate (from `navigate(state, ...)` or a partial that changed). The tab sends `navigate`; the
 * server switches the tab's view and answers `page`. Because both directions are ordered on one socket,
 * every action the tab sends before `navigate` means an element of the old page, and every action after
 * the answer one of the new page. The page a tab loads is decided apart: its hello names it, onNavigate
 * decides before the welcome, and the welcome brings the view (ViewContent) when the tab does not show it
 * yet: its document was neutral, or the page was not allowed.
 */
import type { PageDescriptor } from "./page_descriptor.ts";

/**
 * Query parameters of a page's URL.
 *
 * @example
 * ```ts
 * import { navigate, type PageParams } from "tapir";
 *
 * const params: PageParams = { tab: "2" };
 * navigate(state, "report", params); // shows /report?tab=2
 * ```
 */
export type PageParams = Record<string, string>;

/** The tab asks for a page. Answered by a PageMessage with the same id. */
export interface NavigateMessage {
  type: "navigate";
  /** Chosen by the tab, echoed in the answer. */
  id: number;
  /** A page name ("about"), or "/" for the application's first page. */
  page: string;
  params?: PageParams;
  /** Rebuild the current page (a partial changed) without running onNavigate and onPageLoad. */
  refresh?: boolean;
}

/** The answer to `navigate`: the page to show, or why there is none. */
export interface PageMessage {
  type: "page";
  id: number;
  /** The page shown: the one asked for, "/" resolved, or where onNavigate redirected. */
  page: string;
  params: PageParams;
  /** Set when there is no such page; the tab then loads the URL normally (the server answers 404). */
  error?: string;
  /** The HTML of each slot of the root page (`<|content|>` and partials), in document order. */
  slots?: string[];
  /** The whole view's descriptor: the root page's elements first, unchanged, then the others. */
  descriptor?: PageDescriptor;
  /** Element scripts (file names under ASSET_PATH) the view needs; the tab imports those it lacks. */
  scripts?: string[];
  /** Every value the view shows. */
  values?: Record<string, unknown>;
}

/**
 * A view the tab must show in place of the one it has: sent in a welcome when the tab's document is neutral
 * (the app has an onNavigate, so the server decides which page a tab may see only once it knows its state)
 * or when the page it asked for was not allowed (see WelcomeMessage.view).
 */
export interface ViewContent {
  /** The page shown: the one asked for, or where onNavigate sent the tab. */
  page: string;
  params: PageParams;
  /** The HTML of each slot of the root page, in document order (as in PageMessage). */
  slots: string[];
  /** The whole view's descriptor (as in PageMessage). */
  descriptor: PageDescriptor;
  /** Element scripts (file names under ASSET_PATH) the view needs. */
  scripts: string[];
}

/** The server asks the tab to navigate (it answers with a `navigate`). */
export interface GoMessage {
  type: "go";
  page: string;
  params?: PageParams;
  /** Replace the history entry instead of adding one. */
  replace?: boolean;
  /** Rebuild the current page in place (see NavigateMessage.refresh). */
  refresh?: boolean;
}

/** Page names: letters, digits, `_`, `-` and `/` (for nested names such as "docs/intro"). */
export const PAGE_NAME = /^[\w\-/]+$/;

/**
 * The URL path of a page: "/" for the root, "/about" for "about".
 *
 * @example
 * ```ts
 * pagePath("docs/intro"); // "/docs/intro"
 * ```
 */
export function pagePath(page: string): string {
  return page === "/" ? "/" : `/${page.replace(/^\/+/, "")}`;
}

/**
 * The page name a URL path names: "/" stays "/", other paths lose their outer slashes.
 *
 * @example
 * ```ts
 * pageNameOf("/about/"); // "about"
 * ```
 */
export function pageNameOf(path: string): string {
  const name = path.replace(/^\/+|\/+$/g, "");
  return name === "" ? "/" : name;
}

/** Narrows an object's `params` field: undefined when absent, else a record of strings (or throws). */
export function readParams(value: unknown, fail: (reason: string) => never): PageParams | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(`"params" must be an object`);
  const params: PageParams = {};
  for (const [name, item] of Object.entries(value)) {
    if (typeof item !== "string") fail(`"params.${name}" must be a string`);
    params[name] = item;
  }
  return params;
}
