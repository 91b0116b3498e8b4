/**
 * `<|{country}|selector|lov=France;Italy;Spain|filter|>`: picks from a list of values. Every form is a
 * native control, so arrows, Space, Enter, Home/End and screen readers work as they do anywhere: a list
 * box (`<select size>`), a dropdown (`<select>`), radio buttons (`mode=radio`) or check boxes
 * (`mode=check`). `filter` adds a search box that narrows the items shown; items it hides stay selected.
 */
import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { filterBox } from "../filter_box.ts";
import { type LovEntry, readLov, selectedIds, selectionValue } from "../../protocol/lov_entries.ts";
import { TapirElement } from "../tapir_element.ts";

/** Taller lists scroll: a list box shows at most this many rows unless `height` says otherwise. */
const MAX_LIST_ROWS = 8;

let instances = 0;

/** The `selector` element. */
export class TpSelector extends TapirElement {
  /** The text typed in the filter box. */
  #filter = "";
  /** Names the radio group and ties the filter box to the list. */
  readonly #uid = `tp-selector-${++instances}`;

  protected override renderElement(): unknown {
    const entries = readLov(this.prop("lov"));
    const multiple = this.propBoolean("multiple", false);
    const selected = selectedIds(this.prop("value"), entries, multiple);
    const dropdown = this.propBoolean("dropdown", false);
    const needle = this.#filter.trim().toLowerCase();
    // Taipy has no filter on a dropdown: the dropdown's own type-ahead does that job.
    const filtering = this.propBoolean("filter", false) && !dropdown;
    const shown = filtering && needle !== ""
      ? entries.filter((entry) => entry.label.toLowerCase().includes(needle))
      : entries;
    const mode = this.propText("mode");
    const control = mode === "radio" || mode === "check"
      ? this.#renderOptions(shown, selected, mode, multiple)
      : this.#renderSelect(shown, selected, multiple, dropdown);
    return html`<div class="tp-selector" style=${this.sizeStyle()}>${
      filtering ? this.#filterBox() : nothing
    }${control}</div>`;
  }

  #filterBox(): unknown {
    const onInput = (text: string) => {
      this.#filter = text;
      this.requestUpdate();
    };
    const label = this.propText("label");
    return filterBox({
      label,
      controls: this.#uid,
      value: this.#filter,
      disabled: !this.isActive(),
      onInput,
    });
  }

  #renderSelect(shown: LovEntry[], selected: Set<string>, multiple: boolean, dropdown: boolean): unknown {
    const label = this.propText("label");
    const rows = dropdown ? nothing : Math.max(2, Math.min(shown.length, MAX_LIST_ROWS));
    return html`<label class="tp-field${dropdown ? "" : " tp-selector-list"}">${
      label === "" ? nothing : html`<span class="tp-field-label">${label}</span>`
    }<select
        id=${this.#uid}
        class="tp-input-control tp-selector-control"
        size=${multiple && dropdown ? MAX_LIST_ROWS : rows}
        style=${this.sizeStyle("height")}
        ?multiple=${multiple}
        ?disabled=${!this.isActive()}
        @change=${(event: Event) => this.#onSelectChange(event, shown)}
      >${
      dropdown && !multiple && selected.size === 0
        ? html`<option value="" selected disabled></option>`
        : nothing
    }${
      shown.map((entry, index) =>
        html`<option value=${index} .selected=${live(selected.has(entry.id))}>${entry.label}</option>`
      )
    }</select></label>`;
  }

  #renderOptions(shown: LovEntry[], selected: Set<string>, mode: string, multiple: boolean): unknown {
    const label = this.propText("label");
    const type = mode === "radio" ? "radio" : "checkbox";
    return html`
      <fieldset
        id=${this.#uid}
        class="tp-selector-options"
        style=${this.sizeStyle("height")}
        ?disabled=${!this.isActive()}
      >${label === "" ? nothing : html`<legend class="tp-field-label">${label}</legend>`}${shown.map((
        entry,
      ) =>
        html`<label class="tp-selector-option"><input
            type=${type}
            name=${this.#uid}
            .checked=${live(selected.has(entry.id))}
            @change=${(event: Event) =>
          this.#onOptionChange(
            entry,
            (event.target as HTMLInputElement).checked,
            type === "radio" ? false : multiple,
          )}
          />${entry.label}</label>`
      )}</fieldset>
    `;
  }

  #onSelectChange(event: Event, shown: LovEntry[]): void {
    const select = event.target as HTMLSelectElement;
    const picked = [...select.selectedOptions]
      .map((option) => option.value === "" ? undefined : shown[Number(option.value)])
      .filter(isEntry);
    if (!this.propBoolean("multiple", false)) {
      this.#writeSelection(picked.slice(0, 1).map((entry) => entry.id), false);
      return;
    }
    // Items the filter hides keep their selection.
    const hidden = new Set(this.#selected(true));
    for (const entry of shown) hidden.delete(entry.id);
    this.#writeSelection([...hidden, ...picked.map((entry) => entry.id)], true);
  }

  #onOptionChange(entry: LovEntry, checked: boolean, multiple: boolean): void {
    if (!multiple) {
      this.#writeSelection(checked ? [entry.id] : [], false);
      return;
    }
    const ids = new Set(this.#selected(true));
    if (checked) ids.add(entry.id);
    else ids.delete(entry.id);
    this.#writeSelection([...ids], true);
  }

  #selected(multiple: boolean): string[] {
    return [...selectedIds(this.prop("value"), readLov(this.prop("lov")), multiple)];
  }

  #writeSelection(ids: string[], multiple: boolean): void {
    const byId = this.propBoolean("value_by_id", false);
    this.write("value", selectionValue(readLov(this.prop("lov")), ids, { byId, multiple }));
  }
}

function isEntry(entry: LovEntry | undefined): entry is LovEntry {
  return entry !== undefined;
}

if (!customElements.get("tp-selector")) customElements.define("tp-selector", TpSelector);
