/**
 * The text of `docs/reference/api/*.md` from `deno doc --json`: one page per entry point (`tapir`,
 * `tapir/builder`, `tapir/testing`, `tapir/worker`), each export with its signature, its JSDoc and its
 * examples. Pure: it takes deno doc's JSON and a way to read the source files (signatures are quoted from
 * the source as written, which reads better than types rebuilt from the JSON).
 *
 * Markdown rather than `deno doc --html`: the HTML is 260 files and 6 MB, unreadable on GitHub and npm,
 * while these pages are small, diff well in review, and read anywhere.
 */

/** One entry point: its import name, the file deno doc read, and the page it becomes. */
export interface ApiEntryPoint {
  /** What users import: `tapir/testing`. */
  importName: string;
  /** The entry file, relative to the repository root: `gui/testing.ts`. */
  file: string;
  /** The page's file name under docs/reference/api/: `testing.md`. */
  page: string;
}

export const apiEntryPoints: readonly ApiEntryPoint[] = [
  { importName: "tapir", file: "mod.ts", page: "tapir.md" },
  { importName: "tapir/builder", file: "gui/builder/mod.ts", page: "builder.md" },
  { importName: "tapir/testing", file: "gui/testing.ts", page: "testing.md" },
  { importName: "tapir/worker", file: "worker.ts", page: "worker.md" },
];

// The parts of deno doc's JSON (format version 2) this page uses.
interface JsDoc {
  doc?: string;
  tags?: { kind: string; doc?: string }[];
}
interface Location {
  filename: string;
  line: number;
}
interface Member {
  name: string;
  kind?: string;
  accessibility?: string;
  isStatic?: boolean;
  jsDoc?: JsDoc;
  location: Location;
}
interface Declaration {
  kind: string;
  declarationKind: string;
  jsDoc?: JsDoc;
  location: Location;
  def?: { constructors?: Member[]; methods?: Member[]; properties?: Member[]; hasBody?: boolean };
}
interface DocSymbol {
  name: string;
  declarations: Declaration[];
}
interface DocModule {
  module_doc?: JsDoc;
  symbols: DocSymbol[];
}

/** deno doc's JSON, checked for the format this file reads. */
export function readDenoDocJson(json: unknown): Record<string, DocModule> {
  if (typeof json !== "object" || json === null || !("version" in json) || json.version !== 2) {
    throw new Error("deno doc --json gave a format other than version 2: update scripts/api_reference_source.ts");
  }
  if (!("nodes" in json) || typeof json.nodes !== "object" || json.nodes === null) {
    throw new Error("deno doc --json gave no nodes");
  }
  return json.nodes as Record<string, DocModule>;
}

/** An export that lacks what STYLE.md asks of every public export: a JSDoc with an `@example`. */
export interface MissingExample {
  importName: string;
  name: string;
}

/** Options of {@linkcode apiReferenceSource}. */
export interface ApiReferenceOptions {
  /** The repository root as a file URL ending in "/", to turn locations into relative paths. */
  root: string;
  /** Reads a source file by its file URL. */
  readSource: (url: string) => string;
}

/** The page of one entry point. */
export function apiReferenceSource(entry: ApiEntryPoint, module: DocModule, options: ApiReferenceOptions): string {
  const lines = [
    `<!-- GENERATED from the JSDoc of ${entry.file} by \`npm run docs\`: edit the JSDoc, not this file. -->`,
    `# \`${entry.importName}\``,
    "",
    ...docText(module.module_doc),
    "Exports: " + module.symbols.map((symbol) => `[${symbol.name}](#${anchor(symbol.name)})`).join(" · "),
    "",
  ];
  for (const symbol of module.symbols) {
    const declarations = symbol.declarations.filter((declaration) => declaration.declarationKind === "export");
    const first = declarations[0];
    if (first === undefined) continue;
    lines.push(`## ${symbol.name}`, "");
    lines.push(`${first.kind === "typeAlias" ? "type" : first.kind}, in \`${relative(first.location, options)}\``, "");
    // Overloads: every signature, then the documentation of the first.
    const signatures = declarations.map((declaration) => signatureOf(declaration, options)).join("\n");
    lines.push("```ts", signatures, "```", "");
    lines.push(...docText(first.jsDoc));
    for (const member of membersOf(first)) {
      lines.push(`### ${symbol.name}${member.isStatic ? "." : "#"}${member.name}`, "");
      lines.push("```ts", memberSignature(member, options), "```", "");
      lines.push(...docText(member.jsDoc));
    }
  }
  return lines.join("\n");
}

/** Exports of the entry points that have no `@example` in their JSDoc. */
export function missingExamples(modules: Record<string, DocModule>, root: string): MissingExample[] {
  const missing: MissingExample[] = [];
  for (const entry of apiEntryPoints) {
    for (const symbol of modules[root + entry.file]?.symbols ?? []) {
      const documented = symbol.declarations.some((declaration) =>
        declaration.jsDoc?.tags?.some((tag) => tag.kind === "example")
      );
      if (!documented) missing.push({ importName: entry.importName, name: symbol.name });
    }
  }
  return missing;
}

function docText(jsDoc: JsDoc | undefined): string[] {
  if (jsDoc === undefined) return [];
  const lines: string[] = [];
  if (jsDoc.doc !== undefined && jsDoc.doc.trim() !== "") lines.push(links(jsDoc.doc.trim()), "");
  for (const tag of jsDoc.tags ?? []) {
    if (tag.kind === "example" && tag.doc !== undefined) lines.push("Example:", "", tag.doc.trim(), "");
    if (tag.kind === "deprecated") lines.push(links(`**Deprecated.** ${tag.doc ?? ""}`.trim()), "");
  }
  return lines;
}

/** `{@link Name}` and `{@linkcode Name}` as code: the names are on this page or the next. */
function links(text: string): string {
  return text.replace(/\{@link(?:code|plain)?\s+([^}|\s]+)(?:[ |][^}]*)?\}/g, "`$1`");
}

function membersOf(declaration: Declaration): Member[] {
  if (declaration.kind !== "class") return [];
  const def = declaration.def ?? {};
  const members = [...(def.constructors ?? []), ...(def.properties ?? []), ...(def.methods ?? [])];
  return members.filter((member) => member.accessibility !== "private" && member.accessibility !== "protected");
}

/** The declaration's text as written: a function's or class's head, a type's or interface's whole body. */
function signatureOf(declaration: Declaration, options: ApiReferenceOptions): string {
  const lines = sourceLines(declaration.location, options);
  const kind = declaration.kind;
  const text = kind === "interface" || kind === "typeAlias" || kind === "enum"
    ? wholeDeclaration(lines)
    : kind === "variable"
    ? upTo(lines, (line) => line.includes(" = ") || line.trimEnd().endsWith(";")).replace(/ = .*$/s, "")
    : head(lines);
  return text.replace(/^export (default )?/, "").replace(/^declare /, "");
}

function memberSignature(member: Member, options: ApiReferenceOptions): string {
  const lines = sourceLines(member.location, options);
  if (member.kind === "method" || member.kind === "getter" || member.kind === "setter" || member.name === "constructor") {
    return dedent(head(lines));
  }
  return dedent(upTo(lines, (line) => line.trimEnd().endsWith(";")).replace(/ = .*$/s, ";"));
}

function sourceLines(location: Location, options: ApiReferenceOptions): string[] {
  // deno doc counts lines from 0.
  return options.readSource(location.filename).split("\n").slice(location.line);
}

/** Lines up to the one `done` accepts, joined. */
function upTo(lines: readonly string[], done: (line: string) => boolean): string {
  const taken: string[] = [];
  for (const line of lines) {
    taken.push(line);
    if (done(line)) break;
  }
  return taken.join("\n");
}

/** A function's, method's or class's head: up to the `{` that opens its body. */
function head(lines: readonly string[]): string {
  const text = upTo(lines, (line) => line.trimEnd().endsWith("{") || line.trimEnd().endsWith(";"));
  return text.replace(/\s*\{\s*$/, "").replace(/;\s*$/, "");
}

/** An interface or type up to the line that closes it at its own indentation. */
function wholeDeclaration(lines: readonly string[]): string {
  const first = lines[0] ?? "";
  if (/;\s*$/.test(first)) return first;
  const indent = /^\s*/.exec(first)?.[0] ?? "";
  return upTo(lines.slice(1), (line) => line.startsWith(indent + "}") || line === indent + ";" ||
    (line.startsWith(indent) && !line.startsWith(indent + " ") && line.trimEnd().endsWith(";")))
    .replace(/^/, first + "\n");
}

function dedent(text: string): string {
  const lines = text.split("\n");
  const indent = Math.min(...lines.filter((line) => line.trim() !== "").map((line) => /^\s*/.exec(line)?.[0].length ?? 0));
  return lines.map((line) => line.slice(indent)).join("\n");
}

function relative(location: Location, options: ApiReferenceOptions): string {
  return location.filename.startsWith(options.root) ? location.filename.slice(options.root.length) : location.filename;
}

/** GitHub's anchor for a heading that is one identifier. */
function anchor(name: string): string {
  return name.toLowerCase();
}
