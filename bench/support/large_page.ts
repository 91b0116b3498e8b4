/**
 * A large page for the page-compiler figure: Markdown of a given size with a given number of elements of
 * every common form (direct, computed and template bindings, sliders, buttons, inputs, toggles, numbers,
 * part blocks), between headings, paragraphs with inline formatting, lists and links.
 */

/** The page and what it names. */
export interface LargePage {
  source: string;
  /** Variables the state must have. */
  variables: string[];
  /** Functions the page names. */
  functions: string[];
  /** Elements written in the page (blocks included). */
  elements: number;
}

const FILLER = "Sensor readings arrive over **TCP** and are *smoothed* before display; see " +
  "[the tutorial](https://example.com/tutorial) and `config.toml` for the settings. ";

/** The `index`-th element, in one of eight forms. */
function elementAt(index: number): string {
  const v = `v${index % 100}`;
  switch (index % 8) {
    case 0:
      return `Reading ${index}: <|{${v}}|>`;
    case 1:
      return `<|{${v}}|slider|min=0|max=100|>`;
    case 2:
      return `<|Press ${index}|button|on_action=press|>`;
    case 3:
      return `Name: <|{name}|input|label=Name|>`;
    case 4:
      return `Twice: <|{${v} * 2 + 1}|text|format=%.2f|>`;
    case 5:
      return `<|Total is {${v}} units of {name}|>`;
    case 6:
      return `<|{flag}|toggle|>`;
    default:
      return `<|{${v}}|number|>`;
  }
}

/**
 * Builds a page of at least `bytes` characters with exactly `elements` elements.
 *
 * @example
 * ```ts
 * const page = largePage(5000, 1 << 20);
 * page.source.length; // >= 1048576
 * ```
 */
export function largePage(elements: number, bytes: number): LargePage {
  const perElement = Math.max(0, Math.floor(bytes / elements) - 60);
  const filler = FILLER.repeat(Math.ceil(perElement / FILLER.length) + 1).slice(0, perElement);
  const parts: string[] = ["# A large page\n"];
  let written = 0;
  for (let index = 0; written < elements; index++) {
    if (index % 40 === 0) parts.push(`## Section ${index / 40 + 1}\n`);
    // Every tenth element is a part block holding the next element, as layouts do.
    if (index % 10 === 9 && written + 2 <= elements) {
      parts.push(`<|part|\n\n- item ${index}\n- ${elementAt(index)}\n\n|>\n`);
      written += 2;
    } else {
      parts.push(`${filler.trim()} ${elementAt(index)}\n`);
      written += 1;
    }
  }
  let source = parts.join("\n");
  while (source.length < bytes) source += `\n${FILLER}\n`;
  return {
    source,
    variables: [...Array.from({ length: 100 }, (_, index) => `v${index}`), "name", "flag"],
    functions: ["press"],
    elements,
  };
}
