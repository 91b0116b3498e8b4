/** The elements of Tapir's foundation: display, text entry, numbers, switches, actions, and the part block. */
import type { ElementDefinition } from "./element_definition.ts";
import { button } from "./button.ts";
import { input } from "./input.ts";
import { number } from "./number.ts";
import { part } from "./part.ts";
import { slider } from "./slider.ts";
import { text } from "./text.ts";
import { toggle } from "./toggle.ts";

export const coreElements: readonly ElementDefinition[] = [text, button, input, number, slider, toggle, part];
