/**
 * The HTML document for one page: its body, its descriptor, the stylesheet, and the scripts of only the
 * elements it uses (a text-only page never downloads a slider's code).
 */
import type { CompiledPage } from "../page/compiled_page.ts";
import { ASSET_PATH } from "../protocol/messages.ts";
import { PAGE_DESCRIPTOR_ID } from "../protocol/page_descriptor.ts";
import type { ClientBundle } from "./client_bundle.ts";

export interface DocumentOptions {
  title: string;
  darkMode?: boolean;
}

export function renderDocument(page: CompiledPage, assets: ClientBundle, options: DocumentOptions): string {
  const { modules, preloads } = assets.scriptsFor(page.elementTypes);
  const head = [
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(options.title)}</title>`,
    `<link rel="stylesheet" href="${ASSET_PATH}tapir.css">`,
    ...preloads.map((file) => `<link rel="modulepreload" href="${ASSET_PATH}${escapeHtml(file)}">`),
    ...modules.map((file) => `<script type="module" src="${ASSET_PATH}${escapeHtml(file)}"></script>`),
  ];
  const theme = options.darkMode ? ` data-theme="dark"` : "";
  return `<!doctype html>\n<html lang="en"${theme}><head>${head.join("")}</head>` +
    `<body><main class="tapir-page">${page.html}</main>` +
    `<script type="application/json" id="${PAGE_DESCRIPTOR_ID}">${scriptSafeJson(page.descriptor)}</script>` +
    `</body></html>`;
}

/** JSON that cannot end its script tag early: `<` is escaped, so `</script>` in a value stays inert. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
