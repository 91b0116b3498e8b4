/**
 * `<|{chosen}|tree|lov={catalog}|multiple|filter|>`: picks from nested items. It follows the WAI-ARIA tree
 * pattern: one row takes Tab focus, Up/Down move, Right opens (or enters), Left closes (or goes up),
 * Home/End jump, Enter selects, Space selects too (adds or removes with `multiple`, as Ctrl+click does).
 */
import { html, nothing, type PropertyValues } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { toBoolean } from "../coerce.ts";
import { filterBox } from "../filter_box.ts";
import { type LovEntry, readLov, selectedIds, selectionValue } from "../../protocol/lov_entries.ts";
import { TapirElement } from "../tapir_element.ts";
import { expandedIds, siblingIds, type TreeRow, treeRows } from "../tree_rows.ts";

let instances = 0;

/** The `tree` element. */
export class TpTree extends TapirElement {
  #filter = "";
  /** Ids of the open nodes; reset whenever a bound `expanded` list changes. */
  #open = new Set<string>();
  #seenExpanded: string | undefined;
  /** The row that takes Tab focus; moved by the arrow keys. */
  #current: string | undefined;
  #moveFocus = false;
  readonly #uid = `tp-tree-${++instances}`;

  protected override renderElement(): unknown {
    const entries = readLov(this.prop("lov"));
    const multiple = this.propBoolean("multiple", false);
    const selected = selectedIds(this.prop("value"), entries, multiple);
    const rows = treeRows(entries, this.#openIds(), this.#filter);
    const current = rows.some((row) => row.entry.id === this.#current) ? this.#current : rows[0]?.entry.id;
    const label = this.propText("label");
    const disabled = !this.isActive();
    return html`<div class="tp-tree" style=${this.sizeStyle()}>${
      label === "" ? nothing : html`<span class="tp-field-label" id=${`${this.#uid}-label`}>${label}</span>`
    }${this.propBoolean("filter", false) ? this.#filterBox(label, disabled) : nothing}<div
        role="tree"
        id=${this.#uid}
        class="tp-tree-rows"
        style=${this.sizeStyle("height")}
        aria-labelledby=${label === "" ? nothing : `${this.#uid}-label`}
        aria-multiselectable=${multiple ? "true" : nothing}
        aria-disabled=${disabled ? "true" : nothing}
        @keydown=${(event: KeyboardEvent) => this.#onKeyDown(event, rows)}
      >${
      rows.map((row) => this.#renderRow(row, selected.has(row.entry.id), row.entry.id === current, disabled))
    }</div></div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#moveFocus) return;
    this.#moveFocus = false;
    this.querySelector<HTMLElement>(`#${this.#uid} [tabindex="0"]`)?.focus();
  }

  #filterBox(label: string, disabled: boolean): unknown {
    const onInput = (text: string) => {
      this.#filter = text;
      this.requestUpdate();
    };
    return filterBox({ label, controls: this.#uid, value: this.#filter, disabled, onInput });
  }

  #renderRow(row: TreeRow, selected: boolean, current: boolean, disabled: boolean): unknown {
    const { entry } = row;
    const parent = entry.children.length > 0;
    return html`
      <div
        role="treeitem"
        class="tp-tree-row"
        tabindex=${current && !disabled ? 0 : -1}
        aria-level=${row.level}
        aria-posinset=${row.position}
        aria-setsize=${row.siblings}
        aria-expanded=${parent ? String(row.open) : nothing}
        aria-selected=${String(selected)}
        style=${styleMap({ "--tp-tree-level": String(row.level - 1) })}
        @focus=${() => this.#follow(entry.id)}
        @click=${(event: MouseEvent) => !disabled && this.#activate(row, event.ctrlKey || event.metaKey)}
      ><span
              class="tp-tree-twisty"
              aria-hidden="true"
              @click=${(event: MouseEvent) => {
                event.stopPropagation();
                if (parent && !disabled) this.#setOpen(entry, !row.open);
              }}
            >${parent ? (row.open ? "▾" : "▸") : ""}</span><span class="tp-tree-label">${entry
              .label}</span></div>
    `;
  }

  #onKeyDown(event: KeyboardEvent, rows: TreeRow[]): void {
    if (!this.isActive() || event.target instanceof HTMLInputElement) return;
    const index = Math.max(0, rows.findIndex((row) => row.entry.id === this.#current));
    const row = rows[index];
    if (row === undefined) return;
    const parent = row.entry.children.length > 0;
    let next: TreeRow | undefined;
    switch (event.key) {
      case "ArrowDown":
        next = rows[index + 1];
        break;
      case "ArrowUp":
        next = rows[index - 1];
        break;
      case "Home":
        next = rows[0];
        break;
      case "End":
        next = rows[rows.length - 1];
        break;
      case "ArrowRight":
        if (parent && !row.open) this.#setOpen(row.entry, true);
        else if (row.open) next = rows[index + 1];
        break;
      case "ArrowLeft":
        if (row.open) this.#setOpen(row.entry, false);
        else next = rows.find((candidate) => candidate.entry.id === row.parent);
        break;
      case "Enter":
      case " ":
        this.#activate(row, event.key === " ");
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next !== undefined) this.#focus(next.entry.id);
  }

  /** Selects the row (or, with `toggle` and `multiple`, adds or removes it); opens a parent instead when only leaves may be picked. */
  #activate(row: TreeRow, toggle: boolean): void {
    this.#focus(row.entry.id);
    const { entry } = row;
    if (entry.children.length > 0 && this.propBoolean("select_leafs_only", false)) {
      this.#setOpen(entry, !row.open);
      return;
    }
    const entries = readLov(this.prop("lov"));
    const multiple = this.propBoolean("multiple", false);
    const ids = selectedIds(this.prop("value"), entries, multiple);
    const toggled = new Set(ids);
    if (ids.has(entry.id)) toggled.delete(entry.id);
    else toggled.add(entry.id);
    const byId = this.propBoolean("value_by_id", false);
    this.write(
      "value",
      selectionValue(entries, multiple && toggle ? toggled : [entry.id], { byId, multiple }),
    );
  }

  /** A row got focus (a click, assistive technology): it becomes the one Tab returns to. */
  #follow(id: string): void {
    if (this.#current === id) return;
    this.#current = id;
    this.requestUpdate();
  }

  #focus(id: string): void {
    this.#current = id;
    this.#moveFocus = true;
    this.requestUpdate();
  }

  #openIds(): Set<string> {
    const ids = expandedIds(this.prop("expanded"));
    const seen = JSON.stringify(ids);
    if (ids !== undefined && seen !== this.#seenExpanded) this.#open = new Set(ids);
    this.#seenExpanded = seen;
    return this.#open;
  }

  #setOpen(entry: LovEntry, open: boolean): void {
    const ids = new Set(this.#openIds());
    if (open) {
      // expanded=false: one open node per level.
      const expanded = this.prop("expanded");
      if (expanded !== undefined && expanded !== null && !toBoolean(expanded)) {
        for (const id of siblingIds(readLov(this.prop("lov")), entry.id)) ids.delete(id);
      }
      ids.add(entry.id);
    } else ids.delete(entry.id);
    this.#open = ids;
    if (expandedIds(this.prop("expanded")) !== undefined) this.write("expanded", [...ids]);
    this.requestUpdate();
  }
}

if (!customElements.get("tp-tree")) customElements.define("tp-tree", TpTree);
