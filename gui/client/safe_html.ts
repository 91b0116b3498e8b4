/**
 * The browser's second line of defence for HTML the server rendered from Markdown (the server already
 * leaves raw HTML and unsafe links out): DOMPurify, a well-kept sanitiser, keeps only the tags Markdown
 * produces, each with only the attributes it needs, and links or images only to web, mail or phone
 * addresses or relative ones. Loaded on demand by the elements that show markup (see `tp_text.ts`), so a
 * page of plain values does not download it.
 *
 * The browser's own Sanitizer API is not used: it is not in every browser yet and its defaults differ
 * between versions; one sanitiser everywhere keeps what a page shows the same in every browser.
 */
import DOMPurify from "dompurify";
import type { Config } from "dompurify";

/** Attributes kept, by tag; every tag of `TAGS` keeps none beyond these. */
const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ["href", "title"],
  img: ["src", "alt", "title"],
  ol: ["start"],
  code: ["class"],
};

/** The tags Markdown produces. Any other tag is replaced by its content; DOMPurify drops script, style,
 * template, iframe, object, embed, noscript, svg and math with everything inside them. */
const TAGS = [
  ...Object.keys(ATTRIBUTES),
  ..."p br hr h1 h2 h3 h4 h5 h6 em strong s del pre blockquote ul li table thead tbody tr th td span sup sub"
    .split(" "),
];

/** Web, mail and phone addresses, and relative ones (no scheme before the first `/`, `?` or `#`). */
const SAFE_URL = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: TAGS,
  ALLOWED_ATTR: [...new Set(Object.values(ATTRIBUTES).flat())],
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // DOMPurify keeps the fallback content of these; Tapir drops it, as it drops script, style and svg.
  ADD_FORBID_CONTENTS: ["object", "embed"],
  RETURN_DOM_FRAGMENT: true,
};

const purify = DOMPurify(window);
// DOMPurify's attribute list is one for all tags: keep each attribute on its own tags only, and refuse
// the `data:` images DOMPurify would otherwise let through.
purify.addHook("uponSanitizeAttribute", (node, event) => {
  const allowed = ATTRIBUTES[node.localName] ?? [];
  if (!allowed.includes(event.attrName)) event.keepAttr = false;
  else if ((event.attrName === "href" || event.attrName === "src") && !isSafeUrl(event.attrValue)) {
    event.keepAttr = false;
  }
});

/**
 * Parses `html` inertly (nothing runs, nothing loads) and returns what is safe to show.
 *
 * @example
 * ```ts
 * sanitizeHtml('<p onclick="x()">Hi <script>x()</script></p>').firstChild?.textContent; // "Hi "
 * ```
 */
export function sanitizeHtml(html: string): DocumentFragment {
  return purify.sanitize(html, CONFIG);
}

function isSafeUrl(url: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return scheme === undefined || ["http", "https", "mailto", "tel"].includes(scheme.toLowerCase());
}
