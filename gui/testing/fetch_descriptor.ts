/** Reads a page's element descriptor the way a browser gets it: from the page's HTML document. */
import { PAGE_DESCRIPTOR_ID, type PageDescriptor } from "../protocol/page_descriptor.ts";
import { pagePath } from "../protocol/navigation.ts";

const SCRIPT = new RegExp(`<script type="application/json" id="${PAGE_DESCRIPTOR_ID}">([\\s\\S]*?)</script>`);

/**
 * Fetches page `page` of the Gui at `baseUrl` and returns its descriptor; undefined for a page the
 * server does not serve.
 *
 * @example
 * ```ts
 * const descriptor = await fetchDescriptor("http://127.0.0.1:5000/", "/");
 * descriptor?.elements.length;
 * ```
 */
export async function fetchDescriptor(baseUrl: string, page: string): Promise<PageDescriptor | undefined> {
  const response = await fetch(new URL(pagePath(page), baseUrl));
  const html = await response.text();
  if (!response.ok) return undefined;
  const json = SCRIPT.exec(html)?.[1];
  // The server escapes "<" as \u003c inside the script, which JSON.parse reads back.
  return json === undefined ? undefined : JSON.parse(json) as PageDescriptor;
}
