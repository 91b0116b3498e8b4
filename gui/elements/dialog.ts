import { defineElement } from "./element_definition.ts";
import { checkDialogAction } from "./actions/dialog_action.ts";

/**
 * `<|{show}|dialog|title=Confirm|labels=OK;Cancel|on_action=answered|` ... `|>`: a modal dialog, shown while
 * `open` is true. Its buttons, its close button, Escape and a click outside run its action with the payload
 * `{ args: [index] }`: the index of the button in `labels`, or -1 for closing. The dialog never closes
 * itself: the action sets `open` to false, as in Taipy.
 */
export const dialog = defineElement({
  name: "dialog",
  defaultProperty: "open",
  doc: {
    summary: "A modal dialog, shown while `open` is true. The dialog never closes itself: the action sets `open` to false, as in Taipy.",
    example: "<|{show}|dialog|title=Confirm|labels=OK;Cancel|on_action=answered|\nDelete the file?\n|>",
    defaults: {
      open: "false",
      close_label: "Close",
    },
    properties: {
      open: "Whether the dialog shows.",
      labels: "The buttons' labels (`OK;Cancel`).",
      close_label: "Text alternative of the close button.",
    },
    calls: {
      on_action: "`(state, id, { args: [index] })`: the index of the button in `labels`, or -1 for the close button, Escape or a click outside.",
    },
  },
  block: true,
  actions: true,
  checkAction: checkDialogAction,
  properties: {
    open: { type: "boolean", dynamic: true },
    title: { type: "string", dynamic: true },
    labels: { type: "list", dynamic: true },
    close_label: { type: "string", dynamic: true },
    active: { type: "boolean", dynamic: true },
    on_action: { type: "function" },
    width: { type: "string", dynamic: true },
    height: { type: "string", dynamic: true },
  },
});
