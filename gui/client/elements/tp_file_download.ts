/**
 * `<|{report}|file_download|name=report.csv|auto|>`: a button that downloads the element's content. The
 * server sends a link, never the bytes (see protocol/file_transfer.ts). With `auto`, each new content is
 * downloaded as it arrives (not the one the page opens with); a press with no content yet sends the action
 * and downloads the content the action provides.
 */
import { html, nothing } from "lit";
import { downloadSource, startDownload } from "../download_file.ts";
import { pageContext } from "../page_context.ts";
import { TapirElement } from "../tapir_element.ts";

/** The `file_download` element. */
export class TpFileDownload extends TapirElement {
  /** The content shown now, and the one seen at the previous update, to tell a new one. */
  #content: unknown;
  #seen: string | undefined;
  /** A press found no content: download the next one that comes. */
  #waiting = false;

  protected override renderElement(): unknown {
    const content = this.prop("content");
    this.#content = content;
    this.hidden = !this.propBoolean("render", true);
    if (this.hidden) return nothing;
    const label = this.propText("label", "Download");
    return html`
      <button
        type="button"
        class="tp-button tp-file-download-button"
        style=${this.sizeStyle()}
        ?disabled=${!this.isActive()}
        data-has-content=${downloadSource(content) === undefined ? "false" : "true"}
        @click=${this.#onClick}
      >${label}</button>
    `;
  }

  /** A content other than the one the page opened with downloads when `auto` or a press asks for it. */
  protected override updated(): void {
    // Until the first values arrive the content is unknown, not empty: it must not count as a change.
    if (this.#content === undefined && pageContext().connection.state !== "open") return;
    const seen = JSON.stringify(this.#content ?? null);
    const changed = this.#seen !== undefined && seen !== this.#seen;
    this.#seen = seen;
    const source = downloadSource(this.#content);
    if (!changed || source === undefined || !(this.#waiting || this.propBoolean("auto", false))) return;
    this.#waiting = false;
    startDownload(source, this.propText("name", "download"));
  }

  #onClick = (): void => {
    const source = downloadSource(this.prop("content"));
    if (source === undefined) this.#waiting = true;
    else startDownload(source, this.propText("name", "download"));
    this.act({ action: "download" });
  };
}

if (!customElements.get("tp-file_download")) customElements.define("tp-file_download", TpFileDownload);
