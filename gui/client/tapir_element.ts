/**
 * Base class of every Tapir component. A component finds its descriptor through its `data-tp` index,
 * reads properties (bound ones from the store's signals, static ones from the descriptor), writes
 * two-way values back and triggers its action.
 *
 * Components render into the light DOM so that the page's stylesheets (Tapir's and Taipy-style ones
 * targeting `.taipy-<type>`) apply, and read signals only inside `render()`, so that a value change
 * re-renders exactly the components that show it.
 */
import { LitElement } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { SignalWatcher, signal } from "@lit-labs/signals";
import type { Signal } from "@lit-labs/signals";
import type { ElementDescriptor } from "../protocol/page_descriptor.ts";
import { toBoolean, toCssLength, toNumber, toText } from "./coerce.ts";
import { pageContext } from "./page_context.ts";

const UNBOUND: ElementDescriptor = { type: "", props: {}, bindings: {}, writes: {} };

/**
 * Extend it, implement `renderElement()`, and define the custom element.
 *
 * @example
 * ```ts
 * class TpHello extends TapirElement {
 *   protected override renderElement() {
 *     return html`<span>${this.propText("value")}</span>`;
 *   }
 * }
 * customElements.define("tp-hello", TpHello);
 * ```
 */
export abstract class TapirElement extends SignalWatcher(LitElement) {
  /** Index of this element in the page descriptor; -1 until connected. */
  declare index: number;
  declare descriptor: ElementDescriptor;
  /** Values written to properties that have no binding, so that the control still moves. */
  readonly #local = new Map<string, Signal.State<unknown>>();
  #hostClasses: string[] = [];

  constructor() {
    super();
    this.index = -1;
    this.descriptor = UNBOUND;
  }

  /** Renders what the element shows; called from `render()`, so signals read here are watched. */
  protected abstract renderElement(): unknown;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    if (this.index < 0) this.#attach();
    super.connectedCallback();
  }

  protected override render(): unknown {
    this.#applyCommonProperties();
    return this.renderElement();
  }

  /** A property's value: the bound value, else the static one, else `fallback`. */
  protected prop(name: string, fallback?: unknown): unknown {
    const key = this.descriptor.bindings[name];
    const value = key !== undefined
      ? pageContext().store.signal(key).get()
      : (this.#local.get(name)?.get() ?? this.descriptor.props[name]);
    return value ?? fallback;
  }

  /** A property as text ("" when unset, unless `fallback` says otherwise). */
  protected propText(name: string, fallback = ""): string {
    const value = this.prop(name);
    return value === undefined || value === null ? fallback : toText(value);
  }

  /** A property as a number, or `fallback` when unset or not a number. */
  protected propNumber<F extends number | null>(name: string, fallback: F): number | F {
    return toNumber(this.prop(name)) ?? fallback;
  }

  /** A property as a boolean, or `fallback` when unset. */
  protected propBoolean(name: string, fallback: boolean): boolean {
    const value = this.prop(name);
    return value === undefined || value === null ? fallback : toBoolean(value);
  }

  /** The common `active` property (default true): inactive controls are disabled. */
  protected isActive(): boolean {
    return this.propBoolean("active", true);
  }

  /**
   * A `style` binding for a size property (`width` by default), set through the CSSOM so that it works
   * under a content security policy without 'unsafe-inline'.
   */
  protected sizeStyle(name = "width", cssProperty = name): ReturnType<typeof styleMap> {
    const length = toCssLength(this.prop(name));
    return styleMap({ [cssProperty]: length === "" ? undefined : length });
  }

  /** True when the property is a binding the element may write back to. */
  protected canWrite(name: string): boolean {
    return this.descriptor.writes[name] !== undefined;
  }

  /**
   * Sets a two-way property: the control shows the value at once and the server gets an `update`.
   * A property bound to a computed expression is read-only and keeps the server's value.
   */
  protected write(name: string, value: unknown): void {
    const key = this.descriptor.writes[name];
    if (key !== undefined) {
      const { store, connection } = pageContext();
      store.setLocal(key, value);
      connection.update(key, value);
    } else if (this.descriptor.bindings[name] === undefined) {
      this.#localSignal(name).set(value);
    }
  }

  /** Sends the element's action, if the server has one for it. */
  protected act(payload?: unknown): void {
    if (this.descriptor.action !== true || this.index < 0) return;
    pageContext().connection.action(this.index, payload);
  }

  #attach(): void {
    const index = Number(this.dataset["tp"]);
    const descriptor = Number.isInteger(index) ? pageContext().page.elements[index] : undefined;
    if (descriptor === undefined) {
      console.warn(`Tapir: <${this.localName}> has no descriptor (data-tp="${this.dataset["tp"] ?? ""}")`);
      return;
    }
    this.index = index;
    this.descriptor = descriptor;
    const id = descriptor.props["id"];
    if (typeof id === "string" && id !== "") this.id = id;
  }

  #localSignal(name: string): Signal.State<unknown> {
    let state = this.#local.get(name);
    if (state === undefined) {
      state = signal<unknown>(this.descriptor.props[name]);
      this.#local.set(name, state);
    }
    return state;
  }

  /** class_name and hover_text apply to the host, next to the `taipy-<type>` class the server set. */
  #applyCommonProperties(): void {
    const wanted = new Set(this.propText("class_name").split(/\s+/).filter((name) => name !== ""));
    for (const name of this.#hostClasses) if (!wanted.has(name)) this.classList.remove(name);
    // Remember only classes this element added, so that the server's own classes are never removed.
    const added: string[] = [];
    for (const name of wanted) {
      if (this.#hostClasses.includes(name) || !this.classList.contains(name)) {
        this.classList.add(name);
        added.push(name);
      }
    }
    this.#hostClasses = added;
    const hoverText = this.propText("hover_text");
    if (hoverText === "") this.removeAttribute("title");
    else this.title = hoverText;
  }
}
