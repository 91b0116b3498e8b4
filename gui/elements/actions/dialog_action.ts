/**
 * What a dialog's action sends: `{ args: [index] }`, the index of a button in `labels`, or -1 for the close
 * button, Escape or a click outside (client/elements/tp_dialog.ts).
 */
import type { WriteCheck } from "../write_check.ts";
import { plainRecord } from "./plain_record.ts";

export const checkDialogAction: WriteCheck = (payload, element) => {
  const labels = element.value("labels");
  const count = Array.isArray(labels)
    ? labels.length
    : typeof labels === "string"
    ? labels.split(";").length
    : 0;
  const expected = `expects { args: [index] } with an index from -1 to ${count - 1}`;
  const args = plainRecord(payload, ["args"])?.["args"];
  if (!Array.isArray(args) || args.length !== 1) return expected;
  const index = args[0];
  return Number.isInteger(index) && index >= -1 && index < count ? undefined : expected;
};
