/** `pagesFromFolder(url)`: every `.md` file of a folder as a page, named after its path. */
import { GuiConfigurationError } from "../errors.ts";
import { PAGE_NAME } from "../protocol/navigation.ts";
import { listFiles } from "../runtime/mod.ts";

/**
 * The pages of a folder, for the Gui's `pages`: each `.md` file below it (subfolders included) becomes the
 * page named after its path without the extension (`about.md` -> "about", `docs/intro.md` ->
 * "docs/intro"), in alphabetical order. Files are read when the Gui runs. Add a root page, or choose which
 * page comes first (the one "/" shows), by spreading the result into your own record.
 *
 * @example
 * ```ts
 * const pages = await pagesFromFolder(new URL("./pages/", import.meta.url));
 * const gui = new Gui({ pages: { "/": "<|navbar|>\n\n<|content|>", ...pages }, state: {} });
 * ```
 */
export async function pagesFromFolder(folder: URL): Promise<Record<string, URL>> {
  const base = folder.href.endsWith("/") ? folder : new URL(`${folder.href}/`);
  const pages: Record<string, URL> = {};
  for (const file of await listFiles(base)) {
    if (!file.endsWith(".md")) continue;
    const name = file.slice(0, -".md".length);
    if (!PAGE_NAME.test(name)) {
      throw new GuiConfigurationError(
        `page file "${file}" must be named with letters, digits, "_", "-" and "/"`,
      );
    }
    pages[name] = new URL(file.split("/").map(encodeURIComponent).join("/"), base);
  }
  return pages;
}
