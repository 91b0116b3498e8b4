/**
 * `<|{data}|file_selector|extensions=.csv|multiple|>`: a native file input, drawn as a button, that also
 * takes files dropped on it. Files go up over HTTP with a progress bar (see upload_files.ts); the server
 * checks them again and sets the bound variable. The element shows how the last upload went.
 */
import { html, nothing } from "lit";
import { acceptsFile, DEFAULT_EXTENSIONS, splitExtensions } from "../../protocol/file_transfer.ts";
import { pageContext } from "../page_context.ts";
import { uploadFiles } from "../upload_files.ts";
import { TapirElement } from "../tapir_element.ts";

/** The `file_selector` element. */
export class TpFileSelector extends TapirElement {
  #dragging = false;
  /** Fraction sent while an upload runs. */
  #progress: number | undefined;
  #status = "";
  #failed = false;

  protected override renderElement(): unknown {
    const extensions = this.#extensions();
    const accept = splitExtensions(extensions).filter((filter) => filter !== "*").join(",");
    const disabled = !this.isActive() || this.#progress !== undefined;
    const label = this.#dragging
      ? this.propText("drop_message", "Drop here to Upload")
      : this.propText("label", "Upload File");
    return html`
      <label
        class="tp-file-selector${this.#dragging ? " tp-dragging" : ""}"
        style=${this.sizeStyle()}
        @dragover=${this.#onDragOver}
        @dragleave=${this.#onDragLeave}
        @drop=${this.#onDrop}
      ><input
              type="file"
              class="tp-file-selector-input"
              accept=${accept === "" ? nothing : accept}
              ?multiple=${this.propBoolean("multiple", false)}
              ?disabled=${disabled}
              @change=${this.#onChange}
            /><span class="tp-button tp-file-selector-button" aria-hidden="true">${label}</span>${this
                .#progress === undefined
              ? nothing
              : html`<progress class="tp-file-selector-progress" max="1" .value=${this.#progress}></progress>`}<span class="tp-file-selector-status${this
                .#failed
              ? " tp-error"
              : ""}" role="status">${this.#status}</span></label>
    `;
  }

  #extensions(): string {
    const given = this.descriptor.props["extensions"];
    return typeof given === "string" ? given : DEFAULT_EXTENSIONS;
  }

  #onChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same file again still fires change.
    input.value = "";
    void this.#upload(files);
  };

  #onDragOver = (event: DragEvent): void => {
    if (!this.isActive() || this.#progress !== undefined) return;
    event.preventDefault();
    if (!this.#dragging) {
      this.#dragging = true;
      this.requestUpdate();
    }
  };

  #onDragLeave = (event: DragEvent): void => {
    // Moving over the label's own children is not leaving it.
    if (event.relatedTarget instanceof Node && this.contains(event.relatedTarget)) return;
    this.#dragging = false;
    this.requestUpdate();
  };

  #onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.#dragging = false;
    this.requestUpdate();
    if (this.isActive() && this.#progress === undefined) {
      void this.#upload([...(event.dataTransfer?.files ?? [])]);
    }
  };

  async #upload(files: File[]): Promise<void> {
    if (files.length === 0) return;
    const extensions = this.#extensions();
    const refused = files.find((file) => !acceptsFile(extensions, file));
    if (refused !== undefined) return this.#show(`"${refused.name}" is not one of ${extensions}`, true);
    if (files.length > 1 && !this.propBoolean("multiple", false)) {
      return this.#show("one file at a time", true);
    }
    this.#progress = 0;
    this.#show(
      files.length === 1 ? `Uploading ${files[0]?.name ?? ""}…` : `Uploading ${files.length} files…`,
    );
    const answer = await uploadFiles(files, {
      element: this.index,
      stateId: pageContext().connection.stateId,
      onProgress: (fraction) => {
        this.#progress = fraction;
        this.requestUpdate();
      },
    });
    this.#progress = undefined;
    if (answer.ok) this.#show(`Uploaded ${answer.files.map((file) => file.name).join(", ")}`);
    else this.#show(answer.error, true);
  }

  #show(status: string, failed = false): void {
    this.#status = status;
    this.#failed = failed;
    this.requestUpdate();
  }
}

if (!customElements.get("tp-file_selector")) customElements.define("tp-file_selector", TpFileSelector);
