import { defineElement } from "./element_definition.ts";
import { checkBooleanWrite } from "./writes/boolean_write.ts";
import { checkPaneAction } from "./actions/fixed_action.ts";

/**
 * `<|{show}|pane|anchor=right|` ... `|>`: a side pane, shown while `open` is true. Escape, a click outside
 * (unless `persistent`) or its close button close it: `open` is written back as false, or, when `on_close`
 * names a callback, that callback runs instead (payload `{ action: "close" }`) and decides.
 */
export const pane = defineElement({
  name: "pane",
  defaultProperty: "open",
  doc: {
    summary: "A side pane, shown while `open` is true. Escape, a click outside (unless `persistent`) or its close button close it: `open` is written back as false, or, when `on_close` names a callback, that callback runs instead and decides.",
    example: "<|{show}|pane|anchor=right|\nSettings go here.\n|>",
    defaults: {
      open: "false",
      anchor: "left",
      persistent: "false",
      show_button: "false",
    },
    properties: {
      open: "Whether the pane shows; written back as false when the user closes it.",
      anchor: "The side it comes from: `left`, `right`, `top` or `bottom`.",
      persistent: "Clicks outside do not close it.",
      show_button: "Show a button that opens the pane.",
      on_close: "A registered function run instead of closing.",
    },
    calls: {
      on_close: "`(state, id, { action: \"close\" })`: the user asked to close the pane.",
    },
  },
  block: true,
  actions: true,
  checkAction: checkPaneAction,
  actionProperty: "on_close",
  interactive: true,
  properties: {
    open: { type: "boolean", dynamic: true, twoWay: true, checkWrite: checkBooleanWrite },
    anchor: { type: "string", choices: ["left", "right", "top", "bottom"] },
    persistent: { type: "boolean" },
    width: { type: "string", dynamic: true },
    height: { type: "string", dynamic: true },
    show_button: { type: "boolean" },
    on_close: { type: "function" },
  },
});
