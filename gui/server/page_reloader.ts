/**
 * Dev mode (`gui.run({ useReloader: true })` or `--watch`): page files are watched; when one changes, every
 * view is compiled again and each open tab is asked to rebuild its page in place (a `go` with `refresh`),
 * or, when the root page itself changed, to load the page again; both keep its state. A page that no longer compiles leaves the views as they were, prints its error
 * and shows it over every tab's page, until a later save compiles.
 *
 * Only the page files are watched. A change of the app's code needs a new process (`node --watch`,
 * `deno run --watch`); its tabs then reconnect to fresh states and say so.
 */
import { GuiConfigurationError, TemplateSyntaxError } from "../errors.ts";
import { type StopWatching, watchFiles } from "../runtime/mod.ts";
import type { ClientSession } from "./client_session.ts";
import type { GuiContext } from "./gui_context.ts";
import type { PageViews } from "./page_views.ts";

/** What the reloader works on. */
export interface PageReloaderOptions<S extends object> {
  views: PageViews;
  context: GuiContext<S>;
  sessions: () => Iterable<ClientSession<S>>;
  readText: (url: URL) => Promise<string>;
}

/**
 * Starts watching the page files of `options.views`; returns the function that stops it.
 *
 * @example
 * ```ts
 * const stop = startPageReloader({ views, context, sessions: () => registry.sessions(), readText: readTextFile });
 * ```
 */
export function startPageReloader<S extends object>(options: PageReloaderOptions<S>): StopWatching {
  let running: Promise<void> = Promise.resolve();
  // Reloads run one after the other: a save during a reload is read by the next one.
  return watchFiles(options.views.files, () => {
    running = running.then(() => reloadPages(options));
  });
}

/**
 * Compiles the page files again and brings every tab up to date (see the module's doc).
 *
 * @example
 * ```ts
 * await reloadPages({ views, context, sessions: () => registry.sessions(), readText: readTextFile });
 * ```
 */
export async function reloadPages<S extends object>(options: PageReloaderOptions<S>): Promise<void> {
  const { views, context } = options;
  let frameChanged: boolean;
  try {
    frameChanged = await views.reload(options.readText);
  } catch (error) {
    if (!(error instanceof TemplateSyntaxError || error instanceof GuiConfigurationError)) {
      // A file that cannot be read (removed, mid-rename): the next change will tell.
      console.warn("Tapir: the pages could not be reloaded:", error);
      return;
    }
    const message = error.message;
    console.error(`Tapir: ${message}`);
    context.devError = message;
    broadcast(options, message);
    return;
  }
  if (context.devError !== undefined) {
    delete context.devError;
    broadcast(options, null);
  }
  for (const session of options.sessions()) {
    const page = session.page;
    if (!session.connected || page === undefined) continue;
    // A reload resumes the tab's state (its ticket is in sessionStorage), so both ways keep it.
    if (frameChanged) session.outbox.sendUnnumbered({ type: "reload" });
    else if (views.viewFor(session, page.name) !== page) {
      context.router.go(session, page.name, { refresh: true });
    }
  }
}

function broadcast<S extends object>(options: PageReloaderOptions<S>, error: string | null): void {
  for (const session of options.sessions()) {
    if (session.connected) session.outbox.sendUnnumbered({ type: "dev-error", error });
  }
}
