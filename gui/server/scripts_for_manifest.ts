/** Which scripts a page loads and preloads, read from a bundle's manifest. */
import type { ClientBundle, ClientManifest, PageScripts } from "./client_bundle.ts";

/**
 * The scripts a page needs, from a manifest's entries and imports; remembered per set of element types.
 *
 * @example
 * ```ts
 * scriptsForManifest(manifest)(["text"]); // { modules: ["main.js", "tp_text.js"], preloads: ["chunk-….js"] }
 * ```
 */
export function scriptsForManifest(manifest: ClientManifest): ClientBundle["scriptsFor"] {
  const cache = new Map<string, PageScripts>();
  const scriptsFor = (elementTypes: Iterable<string>): PageScripts => {
    const types = [...new Set(elementTypes)].sort();
    const cacheKey = types.join(" ");
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return { modules: [...cached.modules], preloads: [...cached.preloads] };
    const modules = [manifest.main];
    for (const type of types) {
      const entry = manifest.elements[type];
      if (entry !== undefined) modules.push(entry);
    }
    const preloads = new Set<string>();
    const visit = (file: string): void => {
      for (const chunk of manifest.imports[file] ?? []) {
        if (preloads.has(chunk)) continue;
        preloads.add(chunk);
        visit(chunk);
      }
    };
    modules.forEach(visit);
    for (const module of modules) preloads.delete(module);
    const scripts = { modules, preloads: [...preloads] };
    cache.set(cacheKey, scripts);
    return { modules: [...modules], preloads: [...scripts.preloads] };
  };
  return scriptsFor;
}
