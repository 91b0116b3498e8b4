/**
 * Markdown to HTML for `<|{notes}|text|mode=markdown|>`, rendered on the server so the browser needs no
 * Markdown parser. The value is the app's data, possibly typed by a user: raw HTML in it is shown as text
 * (markdown-it's `html: false`) and links or images may only point at web, mail or phone addresses, or
 * stay relative. The browser sanitises the result once more before showing it (client/safe_html.ts).
 */
import MarkdownIt from "markdown-it";
import type { ValueTransform } from "./element_definition.ts";

/** URL schemes a rendered link or image may use; anything else (javascript:, data:, file:) is dropped. */
const SAFE_SCHEMES = new Set(["http", "https", "mailto", "tel"]);

const markdown = new MarkdownIt("default", { html: false, linkify: false, typographer: false });
markdown.validateLink = isSafeUrl;

/**
 * True for a URL a rendered document may link to. markdown-it hands it over with entities decoded, so
 * `&#106;avascript:` is seen as `javascript:`; characters a scheme cannot hold (a tab, `%09`) make the
 * URL a relative one, which is harmless.
 *
 * @example
 * ```ts
 * isSafeUrl("https://taipy.io"); // true
 * isSafeUrl("JavaScript:alert(1)"); // false
 * ```
 */
export function isSafeUrl(url: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

/**
 * Renders a value as Markdown; null and undefined render as nothing, other values as their text.
 *
 * @example
 * ```ts
 * markdownToHtml("*hi* <b>x</b>"); // "<p><em>hi</em> &lt;b&gt;x&lt;/b&gt;</p>\n"
 * ```
 */
export function markdownToHtml(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string"
    ? value
    : typeof value === "object"
    ? JSON.stringify(value)
    : String(value);
  return markdown.render(text);
}

/** The rewrite text's `mode=markdown` puts on its value. */
export const markdownTransform: ValueTransform = { name: "markdown", apply: (value) => markdownToHtml(value) };
