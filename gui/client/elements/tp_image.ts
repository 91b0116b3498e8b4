/**
 * `<|{photo}|image|label=Team photo|on_action=clicked|>`: an image in a button that sends the element's
 * action when pressed. `content` arrives as a URL: the server turned bytes into a `data:` URL already.
 * The label is the image's text alternative, and is shown in its place while there is no content.
 */
import { html } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { toCssLength } from "../coerce.ts";
import { TapirElement } from "../tapir_element.ts";

/** Taipy's default width of an image. */
const DEFAULT_WIDTH = "300px";

/** The `image` element. */
export class TpImage extends TapirElement {
  protected override renderElement(): unknown {
    const content = this.prop("content");
    const src = typeof content === "string" ? content.trim() : "";
    const label = this.propText("label");
    const width = toCssLength(this.prop("width")) || DEFAULT_WIDTH;
    const height = toCssLength(this.prop("height"));
    const picture = src === ""
      ? html`<span class="tp-image-empty">${label}</span>`
      : html`<img
        class="tp-image-picture"
        src=${src}
        alt=${label}
        style=${styleMap({ width, height: height === "" ? undefined : height })}
      />`;
    return html`<button
      type="button"
      class="tp-image"
      ?disabled=${!this.isActive()}
      @click=${() => this.act({ args: [] })}
    >${picture}</button>`;
  }
}

if (!customElements.get("tp-image")) customElements.define("tp-image", TpImage);
