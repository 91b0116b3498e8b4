// deno-fmt-ignore-file
/**
 * The builder's types, one member per element: its properties with their value types, its default
 * property, and which elements are blocks. GENERATED from the element catalogue by
 * `scripts/generate_builder_types.ts`: run it after adding or changing an element (a test fails until
 * this file is current).
 *
 * Long because it lists every element of the catalogue; it is one concept (the builder's element
 * types), written by a program, and never edited by hand, so it is not split.
 *
 * @module
 */
import type { AnyValue, Bound, IndexedProps, ListValue } from "./builder_values.ts";

/**
 * Each element's properties, as `page((b) => b.<element>(...))` takes them.
 *
 * @example
 * ```ts
 * import type { ElementProps } from "tapir/builder";
 *
 * const props: ElementProps["slider"] = { min: 0, max: "{limit}", orientation: "vertical" };
 * page((b) => b.slider("{level}", props));
 * ```
 */
export interface ElementProps {
  text: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    value?: AnyValue;
    format?: string;
    mode?: "raw" | "pre" | "markdown";
    width?: string;
  } & IndexedProps;
  button: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    label?: string;
    on_action?: string;
    width?: string;
  } & IndexedProps;
  input: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    value?: AnyValue;
    label?: string;
    password?: boolean;
    multiline?: boolean;
    lines_shown?: number;
    type?: string;
    change_delay?: number;
    action_keys?: ListValue;
    on_action?: string;
    width?: string;
  } & IndexedProps;
  number: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    value?: number | Bound;
    min?: number | Bound;
    max?: number | Bound;
    step?: number | Bound;
    step_multiplier?: number;
    label?: string;
    change_delay?: number;
    width?: string;
  } & IndexedProps;
  slider: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    value?: AnyValue;
    min?: number | Bound;
    max?: number | Bound;
    step?: number | Bound;
    lov?: ListValue;
    adapter?: string;
    value_by_id?: boolean;
    labels?: AnyValue;
    text_anchor?: "bottom" | "top" | "left" | "right" | "none";
    continuous?: boolean;
    change_delay?: number;
    orientation?: "horizontal" | "vertical" | "h" | "v";
    width?: string;
    height?: string;
  } & IndexedProps;
  toggle: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    value?: AnyValue;
    lov?: ListValue;
    allow_unselect?: boolean;
    unselected_value?: AnyValue;
    theme?: boolean;
    label?: string;
    width?: string;
  } & IndexedProps;
  part: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    render?: boolean | Bound;
    width?: string;
    height?: string;
    partial?: string;
  } & IndexedProps;
  date: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    date?: AnyValue;
    with_time?: boolean;
    format?: string;
    editable?: boolean | Bound;
    min?: AnyValue;
    max?: AnyValue;
    label?: string;
    width?: string;
  } & IndexedProps;
  time: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    time?: AnyValue;
    format?: string;
    editable?: boolean | Bound;
    label?: string;
    width?: string;
  } & IndexedProps;
  date_range: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    dates?: AnyValue;
    with_time?: boolean;
    format?: string;
    editable?: boolean | Bound;
    min?: AnyValue;
    max?: AnyValue;
    label_start?: string;
    label_end?: string;
    width?: string;
  } & IndexedProps;
  selector: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    value?: AnyValue;
    lov?: ListValue;
    adapter?: string;
    value_by_id?: boolean;
    multiple?: boolean;
    dropdown?: boolean;
    filter?: boolean;
    mode?: "radio" | "check" | "list";
    label?: string;
    width?: string;
    height?: string;
  } & IndexedProps;
  tree: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    value?: AnyValue;
    lov?: ListValue;
    adapter?: string;
    value_by_id?: boolean;
    expanded?: AnyValue;
    multiple?: boolean;
    select_leafs_only?: boolean;
    filter?: boolean;
    label?: string;
    width?: string;
    height?: string;
  } & IndexedProps;
  indicator: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    display?: AnyValue;
    value?: number | Bound;
    min?: number | Bound;
    max?: number | Bound;
    format?: string;
    orientation?: "horizontal" | "vertical" | "h" | "v";
    width?: string;
    height?: string;
  } & IndexedProps;
  metric: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    value?: number | Bound;
    type?: "circular" | "linear" | "none";
    min?: number | Bound;
    max?: number | Bound;
    delta?: number | Bound;
    delta_color?: string;
    negative_delta_color?: string;
    threshold?: number | Bound;
    show_value?: boolean;
    format?: string;
    delta_format?: string;
    bar_color?: string;
    title?: string;
    width?: string;
    height?: string;
  } & IndexedProps;
  progress: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    value?: number | Bound;
    linear?: boolean;
    show_value?: boolean;
    title?: string;
    title_anchor?: "bottom" | "top" | "left" | "right" | "none";
    render?: boolean | Bound;
    width?: string;
  } & IndexedProps;
  status: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    value?: AnyValue;
    without_close?: boolean;
  } & IndexedProps;
  alert: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    message?: string;
    severity?: "error" | "warning" | "info" | "success" | Bound;
    variant?: "filled" | "outlined" | Bound;
    render?: boolean | Bound;
  } & IndexedProps;
  menu: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    lov?: ListValue;
    label?: string;
    inactive_ids?: ListValue;
    width?: string;
    on_action?: string;
  } & IndexedProps;
  image: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    content?: AnyValue;
    label?: string;
    on_action?: string;
    width?: string;
    height?: string;
  } & IndexedProps;
  login: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    title?: string;
    message?: string;
    on_action?: string;
  } & IndexedProps;
  chat: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    messages?: AnyValue;
    users?: AnyValue;
    sender_id?: string;
    with_input?: boolean | Bound;
    show_sender?: boolean;
    page_size?: number;
    height?: string;
    on_action?: string;
  } & IndexedProps;
  layout: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    columns?: string;
    gap?: string;
  } & IndexedProps;
  expandable: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    title?: string;
    expanded?: boolean | Bound;
  } & IndexedProps;
  dialog: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    open?: boolean | Bound;
    title?: string;
    labels?: ListValue;
    close_label?: string;
    active?: boolean | Bound;
    on_action?: string;
    width?: string;
    height?: string;
  } & IndexedProps;
  pane: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    open?: boolean | Bound;
    anchor?: "left" | "right" | "top" | "bottom";
    persistent?: boolean;
    width?: string;
    height?: string;
    show_button?: boolean;
    on_close?: string;
  } & IndexedProps;
  chart: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    data?: AnyValue;
    type?: "scatter" | "lines" | "line" | "bar" | "pie" | "histogram" | "heatmap" | "box" | "candlestick" | "scattermap" | "scattergeo" | "scattermapbox" | "densitymap" | "densitymapbox";
    mode?: string;
    x?: string;
    y?: string;
    z?: string;
    lat?: string;
    lon?: string;
    labels?: string;
    values?: string;
    text?: string;
    open?: string;
    high?: string;
    low?: string;
    close?: string;
    name?: string;
    color?: string;
    title?: string;
    layout?: AnyValue;
    options?: AnyValue;
    decimator?: "minmax" | "lttb" | "none";
    selected?: AnyValue;
    width?: string;
    height?: string;
    render?: boolean | Bound;
    on_click?: string;
    on_range_change?: string;
  } & IndexedProps;
  table: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    data?: AnyValue;
    columns?: AnyValue;
    page_size?: number;
    page_size_options?: AnyValue;
    allow_all_rows?: boolean;
    show_all?: boolean;
    auto_loading?: boolean;
    selected?: AnyValue;
    editable?: boolean | Bound;
    on_edit?: string;
    on_add?: string;
    on_delete?: string;
    on_action?: string;
    filter?: boolean;
    date_format?: string;
    number_format?: string;
    format?: string;
    nan_value?: string;
    row_class_name?: string;
    cell_class_name?: string;
    tooltip?: string;
    downloadable?: boolean;
    width?: string;
    height?: string;
  } & IndexedProps;
  file_download: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    content?: AnyValue;
    label?: string;
    name?: string;
    auto?: boolean;
    render?: boolean | Bound;
    bypass_preview?: boolean;
    on_action?: string;
    width?: string;
  } & IndexedProps;
  file_selector: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    active?: boolean | Bound;
    propagate?: boolean;
    on_change?: string;
    content?: AnyValue;
    label?: string;
    multiple?: boolean;
    extensions?: string;
    drop_message?: string;
    notify?: boolean;
    on_action?: string;
    width?: string;
  } & IndexedProps;
  content: {
  } & IndexedProps;
  navbar: {
    id?: string;
    class_name?: string;
    hover_text?: string;
    lov?: ListValue;
    active?: boolean | Bound;
  } & IndexedProps;
}

/**
 * Each element's default property: the value given before the props.
 *
 * @example
 * ```ts
 * import type { DefaultProperty } from "tapir/builder";
 *
 * const property: DefaultProperty["button"] = "label"; // b.button("Save") sets the label
 * ```
 */
export interface DefaultProperty {
  text: "value";
  button: "label";
  input: "value";
  number: "value";
  slider: "value";
  toggle: "value";
  part: "class_name";
  date: "date";
  time: "time";
  date_range: "dates";
  selector: "value";
  tree: "value";
  indicator: "display";
  metric: "value";
  progress: "value";
  status: "value";
  alert: "message";
  menu: "lov";
  image: "content";
  login: "title";
  chat: "messages";
  layout: "columns";
  expandable: "title";
  dialog: "open";
  pane: "open";
  chart: "data";
  table: "data";
  file_download: "content";
  file_selector: "content";
  content: "id";
  navbar: "lov";
}

/**
 * The block elements: they take children.
 *
 * @example
 * ```ts
 * import type { BlockElement } from "tapir/builder";
 *
 * const block: BlockElement = "expandable"; // b.expandable("Details", (inner) => inner.text("..."))
 * ```
 */
export type BlockElement = "part" | "layout" | "expandable" | "dialog" | "pane";
