import { downloadContent } from "../files/download_content.ts";
import { defineElement, elementTransform } from "./element_definition.ts";
import { checkDownloadAction } from "./actions/fixed_action.ts";

/**
 * `<|{report}|file_download|name=report.csv|label=Download|>`: a button that downloads `content`, which is
 * bytes (`Uint8Array`, `ArrayBuffer`, a `Blob`), text, or an http(s) URL. Bytes and text never travel over
 * the socket: the server serves them under an unguessable URL that lives as long as the client's state.
 * With `auto`, a new content downloads as soon as it arrives. A press runs the action (payload
 * `{ action: "download" }`); with no content yet, the content the action sets is downloaded when it comes.
 */
export const fileDownload = defineElement({
  name: "file_download",
  defaultProperty: "content",
  doc: {
    summary: "A button that downloads `content`: bytes (`Uint8Array`, `ArrayBuffer`, a `Blob`), text, or an http(s) URL. Bytes and text never travel over the socket: the server serves them under an unguessable URL that lives as long as the tab's state.",
    example: "<|{report}|file_download|name=report.csv|label=Download|>",
    defaults: {
      label: "Download",
      name: "download",
      auto: "false",
      render: "true",
    },
    properties: {
      content: "What is downloaded.",
      name: "The file name the browser saves under.",
      auto: "Download each new content as soon as it arrives.",
      bypass_preview: "Always save the file rather than let the browser show it.",
    },
    calls: {
      on_action: "`(state, id, { action: \"download\" })`: the button was pressed; with no content yet, the content the action sets is downloaded when it comes.",
    },
  },
  actions: true,
  checkAction: checkDownloadAction,
  interactive: true,
  properties: {
    content: {
      type: "any",
      dynamic: true,
      transform: elementTransform("download", (value, props, { owner }) => downloadContent(value, props, owner)),
    },
    label: { type: "string", dynamic: true },
    name: { type: "string", dynamic: true },
    auto: { type: "boolean" },
    render: { type: "boolean", dynamic: true },
    // Taipy's previews open bytes in a tab; Tapir always downloads (serving app bytes inline is unsafe).
    bypass_preview: { type: "boolean" },
    on_action: { type: "function" },
    width: { type: "string", dynamic: true },
  },
});
