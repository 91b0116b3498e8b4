import { defineElement } from "./element_definition.ts";

/**
 * `<|{data}|file_selector|extensions=.csv,.txt|on_action=loaded|>`: a button and drop zone that upload
 * files over HTTP. The bound `content` becomes an `UploadedFile` (an array with `multiple`), held in memory;
 * then the action runs with the payload `{ action: "upload", files }`. The server enforces `extensions`
 * (Taipy's default `.csv,.xlsx`; `*` accepts any file), the Gui's size and count limits, and that the upload
 * comes from this page's own tab.
 */
export const fileSelector = defineElement({
  name: "file_selector",
  defaultProperty: "content",
  doc: {
    summary: "A button and drop zone that upload files over HTTP. The bound `content` becomes an `UploadedFile` (an array with `multiple`), held in memory. The server enforces `extensions`, the Gui's size and count limits (`uploads` option), and that the upload comes from this page's own tab.",
    example: "<|{data}|file_selector|extensions=.csv,.txt|on_action=loaded|>",
    defaults: {
      label: "Upload File",
      multiple: "false",
      extensions: ".csv,.xlsx",
      drop_message: "Drop here to Upload",
    },
    properties: {
      content: "The uploaded file (`UploadedFile`: `name`, `type`, `size`, `bytes()`, `text()`), or an array of them with `multiple`; written back by the upload.",
      extensions: "Accepted file extensions (`.csv,.txt`); `*` accepts any file.",
      drop_message: "Text shown while files are dragged over.",
      notify: "Show a notification when the upload ends.",
    },
    calls: {
      on_action: "`(state, id, { action: \"upload\", files })`: `files` are the `UploadedFile`s just received.",
    },
  },
  actions: true,
  interactive: true,
  properties: {
    content: { type: "any", dynamic: true, twoWay: true, uploadOnly: true },
    label: { type: "string", dynamic: true },
    multiple: { type: "boolean" },
    extensions: { type: "string" },
    drop_message: { type: "string", dynamic: true },
    // Taipy notifies when an upload ends; Tapir shows it in the element itself.
    notify: { type: "boolean" },
    on_action: { type: "function" },
    width: { type: "string", dynamic: true },
  },
});
