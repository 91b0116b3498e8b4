/** `download(state, content, name)`: Taipy's download action, a file saved by one tab's browser. */
import { tabControls } from "../server/tab_controls.ts";

/**
 * What `download()` takes: bytes, a Blob, or text (saved as UTF-8).
 *
 * @example
 * ```ts
 * const content: DownloadContent = new Blob(["a,b\n"], { type: "text/csv" });
 * ```
 */
export type DownloadContent = Uint8Array | ArrayBuffer | Blob | string;

/**
 * Makes the browser of the tab of `state` save `content` as a file named `name`. The bytes never cross the
 * WebSocket: the server serves them for a few minutes under an unguessable URL of this tab, and the tab
 * fetches it. A tab that is offline downloads when it reconnects. Throws a TypeError for empty content.
 *
 * @example
 * ```ts
 * function exportCsv(state: State<AppState>) {
 *   const csv = state.rows.map((row) => row.join(",")).join("\n");
 *   download(state, csv, "rows.csv");
 * }
 * ```
 */
export function download(state: object, content: DownloadContent, name: string): void {
  tabControls(state, "download()").download(content, name === "" ? "download" : name);
}
