/**
 * Opening a URL in the user's browser.
 *
 * @module
 */

import process from "node:process";

/** The platform's "open this with the default application" command. */
function openCommand(url: string): [string, string[]] {
  switch (process.platform) {
    case "darwin":
      return ["open", [url]];
    case "win32":
      // `start` is a cmd built-in; its first quoted argument is a window title, hence the empty one.
      return ["cmd", ["/c", "start", "", url]];
    default:
      return ["xdg-open", [url]];
  }
}

/**
 * Opens `url` in the default browser, best effort: on a machine without one (a server, CI) nothing
 * happens, and it never throws.
 *
 * @example
 * ```ts
 * import { openBrowser } from "./open_browser.ts";
 * openBrowser("http://127.0.0.1:5000/");
 * ```
 */
export function openBrowser(url: string): void {
  // node:child_process is loaded only here: most starts never open a browser, and loading it is a few
  // milliseconds of every start.
  import("node:child_process").then(({ spawn }) => {
    const [command, args] = openCommand(url);
    const child = spawn(command, args, { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
  }).catch(() => {
    // Opening a browser is a convenience; the URL is printed anyway.
  });
}
