/**
 * Watching files for dev mode, on either runtime (Deno implements `node:fs` watch too).
 *
 * Folders are watched, not the files: editors often save by writing a new file and renaming it over the
 * old one, after which a watch on the old file would see nothing more.
 *
 * @module
 */

import { type FSWatcher, watch } from "node:fs";
import { basename, dirname } from "node:path";
import { fileURLToPath } from "node:url";

/** Options of {@linkcode watchFiles}. */
export interface WatchFilesOptions {
  /** Changes closer together than this (in ms) are reported once, after the last. Default 60. */
  debounceMs?: number;
}

/** Stops a watch. */
export type StopWatching = () => void;

/**
 * Calls `onChange` with the changed files (a burst of changes reported once) whenever one of `files`
 * is written, replaced, created or removed.
 *
 * @example
 * ```ts
 * import { watchFiles } from "./watch_files.ts";
 * const stop = watchFiles([new URL("./page.md", import.meta.url)], (changed) => console.log(changed));
 * stop();
 * ```
 */
export function watchFiles(
  files: readonly URL[],
  onChange: (changed: URL[]) => void,
  options: WatchFilesOptions = {},
): StopWatching {
  const debounceMs = options.debounceMs ?? 60;
  const byFolder = new Map<string, Map<string, URL>>();
  for (const file of files) {
    const path = fileURLToPath(file);
    const names = byFolder.get(dirname(path)) ?? new Map<string, URL>();
    names.set(basename(path), file);
    byFolder.set(dirname(path), names);
  }
  const changed = new Set<URL>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = (file: URL) => {
    changed.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const batch = [...changed];
      changed.clear();
      onChange(batch);
    }, debounceMs);
  };
  const watchers: FSWatcher[] = [];
  for (const [folder, names] of byFolder) {
    const watcher = watch(folder, (_event, name) => {
      // Some platforms do not say which file changed: then any of the folder's files may have.
      if (name === null || name === undefined) names.forEach(report);
      else {
        const file = names.get(String(name));
        if (file !== undefined) report(file);
      }
    });
    // A folder that goes away ends its watch; dev mode must not bring the server down for it.
    watcher.on("error", () => watcher.close());
    watchers.push(watcher);
  }
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
