/**
 * What a file_selector puts into the state: each uploaded file, in memory. Tapir never writes uploads to
 * disk, so no file name a browser sends can reach a path.
 */
import type { FileSummary } from "../protocol/file_transfer.ts";

/**
 * One uploaded file. A file_selector sets its bound variable to one of these, or to an array of them with
 * `multiple`. When the variable is shown in a page, only the summary travels (see `toJSON`), never the bytes.
 *
 * @example
 * ```ts
 * const loaded = (state: State<{ data: UploadedFile | null; text: string }>) => {
 *   state.text = state.data?.text() ?? "";
 * };
 * ```
 */
export class UploadedFile {
  /** The file's base name as the browser gave it, folders removed (still never trust it as a path). */
  readonly name: string;
  /** The type the browser declared: may be empty, and is not checked against the bytes. */
  readonly type: string;
  readonly size: number;
  readonly bytes: Uint8Array;

  constructor(name: string, type: string, bytes: Uint8Array) {
    this.name = safeFileName(name);
    this.type = type;
    this.size = bytes.byteLength;
    this.bytes = bytes;
  }

  /** The bytes read as UTF-8 text. */
  text(): string {
    return new TextDecoder().decode(this.bytes);
  }

  /** What the browser is shown: name, type and size, never the bytes. */
  toJSON(): FileSummary {
    return { name: this.name, type: this.type, size: this.size };
  }
}

/**
 * A file name as the browser sent it, reduced to a harmless base name: no folders, no control characters,
 * at most 255 characters.
 *
 * @example
 * ```ts
 * safeFileName("../../etc/passwd"); // "passwd"
 * safeFileName("C:\\Users\\a\\report.csv"); // "report.csv"
 * ```
 */
export function safeFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  // deno-lint-ignore no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 255);
  return cleaned === "" || cleaned === "." || cleaned === ".." ? "file" : cleaned;
}
