/**
 * The browser's second line of defence for HTML the server rendered from Markdown (the server already
 * leaves raw HTML and unsafe links out): only the tags Markdown produces survive, with only the
 * attributes they need, and links or images only to web, mail or phone addresses or relative ones.
 */

/** Tags kept, with the attributes each may keep. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  a: ["href", "title"],
  img: ["src", "alt", "title"],
  ol: ["start"],
  code: ["class"],
  ...Object.fromEntries(
    [
      "p",
      "br",
      "hr",
      "h1",
      "h2",
      "h3",
      "h4",
      "h5",
      "h6",
      "em",
      "strong",
      "s",
      "del",
      "pre",
      "blockquote",
      "ul",
      "li",
      "table",
      "thead",
      "tbody",
      "tr",
      "th",
      "td",
      "span",
      "sup",
      "sub",
    ].map((tag) => [tag, []]),
  ),
};

/** Tags dropped with everything inside them; any other unknown tag is replaced by its content. */
const DROPPED = new Set([
  "script",
  "style",
  "template",
  "iframe",
  "object",
  "embed",
  "noscript",
  "svg",
  "math",
]);

const URL_ATTRIBUTES = new Set(["href", "src"]);

/**
 * Parses `html` inertly (nothing runs, nothing loads) and returns what is safe to show.
 *
 * @example
 * ```ts
 * sanitizeHtml('<p onclick="x()">Hi <script>x()</script></p>').firstChild?.textContent; // "Hi "
 * ```
 */
export function sanitizeHtml(html: string): DocumentFragment {
  const template = document.createElement("template");
  template.innerHTML = html;
  clean(template.content);
  return template.content;
}

function clean(parent: ParentNode): void {
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (!(node instanceof Element)) {
      node.remove();
      continue;
    }
    const tag = node.localName;
    const allowed = ALLOWED[tag];
    if (allowed === undefined || DROPPED.has(tag)) {
      if (!DROPPED.has(tag)) {
        clean(node);
        node.replaceWith(...node.childNodes);
      } else node.remove();
      continue;
    }
    for (const attribute of [...node.attributes]) {
      const keep = allowed.includes(attribute.name) &&
        (!URL_ATTRIBUTES.has(attribute.name) || isSafeUrl(attribute.value));
      if (!keep) node.removeAttribute(attribute.name);
    }
    clean(node);
  }
}

/** Web, mail and phone addresses, and relative ones (no scheme before the first `/`, `?` or `#`). */
function isSafeUrl(url: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return scheme === undefined || ["http", "https", "mailto", "tel"].includes(scheme.toLowerCase());
}
