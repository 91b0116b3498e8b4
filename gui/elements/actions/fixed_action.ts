/**
 * Actions whose payload never varies: a button sends none, a file_download `{ action: "download" }`, a pane
 * `{ action: "close" }`, an image `{ args: [] }` (see client/elements/tp_*.ts). Anything else did not come
 * from the element's UI.
 */
import type { WriteCheck } from "../write_check.ts";
import { sameJson } from "../writes/same_json.ts";

/** The rule for an action that always sends `payload` (undefined: no payload at all). */
export function fixedAction(payload: unknown, phrase: string): WriteCheck {
  return (sent) => {
    if (payload === undefined) return sent === undefined ? undefined : phrase;
    return sameJson(payload, sent) ? undefined : phrase;
  };
}

export const checkButtonAction = fixedAction(undefined, "expects no payload");
export const checkDownloadAction = fixedAction({ action: "download" }, 'expects { action: "download" }');
export const checkPaneAction = fixedAction({ action: "close" }, 'expects { action: "close" }');
export const checkImageAction = fixedAction({ args: [] }, "expects { args: [] }");
