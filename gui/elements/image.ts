import { defineElement, type ValueTransform } from "./element_definition.ts";
import { imageContent } from "./image_content.ts";
import { checkImageAction } from "./actions/fixed_action.ts";

/** Bytes become a `data:` URL; strings (URLs) pass through. */
const imageTransform: ValueTransform = { name: "image", apply: (value) => imageContent(value) };

/**
 * `<|{photo}|image|label=Team photo|on_action=clicked|>`: `content` is a URL, or bytes in the state (a
 * `Uint8Array`), which the server sends as a `data:` URL; the server never reads a file for an image.
 * Clicking the image runs its action with the payload `{ args: [] }`.
 */
export const image = defineElement({
  name: "image",
  defaultProperty: "content",
  doc: {
    summary: "An image: `content` is a URL, or bytes in the state (a `Uint8Array`) that the server sends as a `data:` URL. The server never reads a file for an image.",
    example: "<|{photo}|image|label=Team photo|on_action=clicked|>",
    properties: {
      content: "A URL, or the image's bytes.",
      label: "The image's text alternative.",
    },
    calls: {
      on_action: "`(state, id, { args: [] })`: the image was clicked.",
    },
  },
  actions: true,
  checkAction: checkImageAction,
  interactive: true,
  properties: {
    content: { type: "any", dynamic: true, transform: () => imageTransform },
    label: { type: "string", dynamic: true },
    on_action: { type: "function" },
    width: { type: "string", dynamic: true },
    height: { type: "string", dynamic: true },
  },
});
