/**
 * Blocks (part, layout, expandable, dialog, pane) arrive with their content already rendered by the server,
 * inside their tag. A block that draws chrome around that content (a title bar, buttons) moves the content
 * once into a container it then renders inside its Lit template as a plain node: Lit moves the node, never
 * re-renders it, so the server's HTML and the components inside it stay as they are.
 */

/**
 * Moves every child of `host` into a new `<div class=className>` appended to `host`, and returns the div.
 * Called once, when the block first connects (the div stays in place until the block's first render
 * moves it into its chrome, so nothing disappears meanwhile).
 *
 * @example
 * ```ts
 * const body = adoptChildren(this, "tp-expandable-body");
 * // later, in render(): html`<details><summary>${title}</summary>${body}</details>`
 * ```
 */
export function adoptChildren(host: HTMLElement, className: string): HTMLDivElement {
  const body = host.ownerDocument.createElement("div");
  body.className = className;
  while (host.firstChild !== null) body.append(host.firstChild);
  host.append(body);
  return body;
}
