import type { WriteCheck } from "../write_check.ts";

/**
 * The longest text an input writes back, in UTF-16 code units. Far more than anyone types or pastes into a
 * form field; it keeps a state variable from becoming a store for whatever a client sends.
 */
export const MAX_INPUT_LENGTH = 100_000;

/** What an input writes: the text in its field. */
export const checkInputWrite: WriteCheck = (value) =>
  typeof value === "string" && value.length <= MAX_INPUT_LENGTH
    ? undefined
    : `expects a string of at most ${MAX_INPUT_LENGTH} characters`;
