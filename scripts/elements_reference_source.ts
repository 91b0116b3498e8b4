/**
 * The text of `docs/reference/elements.md`: every element of the catalogue with every property (type,
 * default, bindable, written back, description), how each callback is called with its payload, and an
 * example. Pure, so that a test can check that the committed file is current.
 */
import type { ElementDefinition, PropertyDefinition } from "../gui/elements/element_definition.ts";
import { sharedCalls, sharedDefaults, sharedPropertyDocs } from "../gui/elements/element_doc.ts";

/** The reference page's Markdown for these element definitions. */
export function elementsReferenceSource(definitions: Iterable<ElementDefinition>): string {
  const elements = [...definitions];
  const lines = [
    "<!-- GENERATED from the element catalogue (gui/elements/) by `npm run docs`: edit the elements' `doc`, not this file. -->",
    "# Elements",
    "",
    "Every element a page can use, by the name the page gives it: `<|{value}|name|property=value|...|>` inline,",
    "or `<|name|...|` ... `|>` for a block. For each property:",
    "",
    "- **type**: how the page's text is read: `string` verbatim, `number` and `boolean` parsed (a bare name is",
    "  `true`; `not name` is `false`), `list` split on `;`, `function` the name of a function registered in",
    "  `new Gui({ functions })`, `any` verbatim unless bound.",
    "- **bindable**: may be a binding (`max={limit}`), updated live when the variables it reads change.",
    "- **writes back**: the element writes what the user does into the variable it is bound to (bind it",
    "  directly, `{x}` or `{a.b}`, for that).",
    "",
    "Callbacks are functions registered in `new Gui({ functions })` and named by the page; each is called",
    "with the tab's `State` first. An element's action runs its own callback when it names one, else the Gui's",
    "`onAction(state, id, payload)` with the same payload.",
    "",
    elements.map((element) => `[${element.name}](#${element.name})`).join(" · "),
    "",
  ];
  for (const element of elements) lines.push(...elementSection(element));
  return lines.join("\n");
}

function elementSection(element: ElementDefinition): string[] {
  const doc = element.doc;
  const lines = [`## ${element.name}`, ""];
  if (doc !== undefined) lines.push(doc.summary, "");
  const form = element.block ? "A block: `<|" + element.name + "|...|` ... `|>`. " : "";
  const defaultProperty = element.properties[element.defaultProperty] === undefined
    ? ""
    : `Default property: \`${element.defaultProperty}\` (what the fragment before the element's name sets).`;
  if (form !== "" || defaultProperty !== "") lines.push(form + defaultProperty, "");
  if (doc !== undefined) lines.push("```", doc.example, "```", "");
  const properties = Object.entries(element.properties);
  if (properties.length > 0) {
    lines.push("| property | type | default | bindable | writes back | description |");
    lines.push("|---|---|---|---|---|---|");
    for (const [name, property] of properties) {
      const fallback = doc?.defaults?.[name] ?? sharedDefaults[name];
      lines.push(
        `| \`${name}\` | ${typeText(property)} | ${fallback === undefined ? "" : code(fallback)} | ` +
          `${property.dynamic ? "yes" : ""} | ${property.twoWay || property.uploadOnly ? "yes" : ""} | ` +
          `${cell(doc?.properties?.[name] ?? sharedPropertyDocs[name] ?? "")} |`,
      );
    }
    lines.push("");
  }
  const calls = properties.filter(([, property]) => property.type === "function");
  if (calls.length > 0) {
    lines.push("| callback | called as |", "|---|---|");
    for (const [name] of calls) lines.push(`| \`${name}\` | ${cell(callDoc(element, name) ?? "")} |`);
    lines.push("");
  }
  return lines;
}

/** How the function-valued property `name` of `element` is called, if documented. */
export function callDoc(element: ElementDefinition, name: string): string | undefined {
  return element.doc?.calls?.[name] ?? sharedCalls[name];
}

function typeText(property: PropertyDefinition): string {
  if (property.choices !== undefined) return property.choices.map((choice) => code(choice)).join(", ");
  return property.type;
}

function code(text: string): string {
  return "`" + text.replaceAll("|", "\\|") + "`";
}

/** A table cell: pipes escaped, on one line. */
function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}
