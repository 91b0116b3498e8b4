/**
 * The slider's scale: where its thumbs sit for a value (a number, `[low, high]`, or items of a lov), and
 * the labels (`labels`) under its track.
 */
import { toNumber, toText } from "./coerce.ts";
import type { LovEntry } from "../protocol/lov_entries.ts";
import { selectedIds } from "../protocol/lov_entries.ts";

/** The range the thumbs move over: a lov slider moves over item indexes 0..n-1. */
export interface SliderScale {
  min: number;
  max: number;
  step: number;
  entries: readonly LovEntry[];
}

/** A label under the track, at `fraction` (0 = min, 1 = max) of its length. */
export interface SliderMark {
  fraction: number;
  text: string;
}

/**
 * Thumb positions for `value`: one for a single value, one per item for a list (a range). On a lov
 * slider, positions are item indexes; a value that is one of the lov's items whole stays one thumb.
 *
 * @example
 * ```ts
 * thumbPositions([20, 80], { min: 0, max: 100, step: 1, entries: [] }); // [20, 80]
 * thumbPositions("M", { min: 0, max: 2, step: 1, entries: readLov("S;M;L") }); // [1]
 * ```
 */
export function thumbPositions(value: unknown, scale: SliderScale): number[] {
  const { entries, min } = scale;
  if (entries.length === 0) {
    const values = Array.isArray(value) && value.length > 0 ? value : [value];
    return values.map((one) => toNumber(one) ?? min);
  }
  const indexOf = (one: unknown): number => {
    const ids = selectedIds(one, entries, false);
    return entries.findIndex((entry) => ids.has(entry.id));
  };
  const json = JSON.stringify(value);
  const whole = entries.some((entry) => JSON.stringify(entry.value) === json);
  if (Array.isArray(value) && value.length > 0 && !whole && value.every((one) => indexOf(one) >= 0)) {
    return value.map(indexOf);
  }
  return [Math.max(0, indexOf(value))];
}

/**
 * The labels under the track: `true` puts the lov's labels (or min and max) there; a dict, given as an
 * object or as `key:text;key:text`, puts each text at its key (a value, or a lov id or index).
 *
 * @example
 * ```ts
 * sliderMarks("0:Cold;100:Hot", { min: 0, max: 100, step: 1, entries: [] });
 * // [{ fraction: 0, text: "Cold" }, { fraction: 1, text: "Hot" }]
 * ```
 */
export function sliderMarks(labels: unknown, scale: SliderScale): SliderMark[] {
  const { entries, min, max } = scale;
  const at = (position: number, text: string): SliderMark => ({
    fraction: max === min ? 0 : (position - min) / (max - min),
    text,
  });
  if (labels === true || (typeof labels === "string" && /^true$/i.test(labels.trim()))) {
    return entries.length > 0
      ? entries.map((entry, index) => at(index, entry.label))
      : [at(min, toText(min)), at(max, toText(max))];
  }
  const marks: SliderMark[] = [];
  for (const [key, text] of labelPairs(labels)) {
    const byId = entries.findIndex((entry) => entry.id === key);
    const position = entries.length > 0 && byId >= 0 ? byId : toNumber(key);
    if (position !== null && position >= min && position <= max) marks.push(at(position, text));
  }
  return marks;
}

function labelPairs(labels: unknown): [string, string][] {
  if (typeof labels === "string") {
    return labels.split(";").flatMap((pair) => {
      const colon = pair.indexOf(":");
      return colon < 0
        ? []
        : [[pair.slice(0, colon).trim(), pair.slice(colon + 1).trim()] as [string, string]];
    });
  }
  if (typeof labels === "object" && labels !== null && !Array.isArray(labels)) {
    return Object.entries(labels).map(([key, text]) => [key, toText(text)]);
  }
  return [];
}
