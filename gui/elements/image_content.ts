/**
 * What an image's `content` becomes before it travels: a URL string stays as it is (the browser loads it;
 * the server never reads a file for it), and bytes become a `data:` URL whose type is read from the bytes.
 */

/** A slice of at most this many bytes goes to `String.fromCharCode` at once (its argument count is bounded). */
const CHUNK = 0x8000;

/**
 * An image's content as the browser can show it: a string unchanged, bytes (`Uint8Array`, `ArrayBuffer` or
 * any typed array view) as a `data:` URL, anything else as null.
 *
 * @example
 * ```ts
 * imageContent("/logo.png"); // "/logo.png"
 * imageContent(new Uint8Array([0x47, 0x49, 0x46, 0x38])); // "data:image/gif;base64,R0lGOA=="
 * ```
 */
export function imageContent(value: unknown): string | null {
  if (typeof value === "string") return value;
  const bytes = asBytes(value);
  return bytes === undefined ? null : `data:${imageType(bytes)};base64,${toBase64(bytes)}`;
}

/**
 * The MIME type of an image, read from its first bytes: PNG, JPEG, GIF, WebP, BMP, ICO or SVG; any other
 * bytes are `application/octet-stream`.
 *
 * @example
 * ```ts
 * imageType(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>")); // "image/svg+xml"
 * ```
 */
export function imageType(bytes: Uint8Array): string {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "image/gif";
  if (
    startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes.subarray(8), [0x57, 0x45, 0x42, 0x50])
  ) {
    return "image/webp";
  }
  if (startsWith(bytes, [0x42, 0x4d])) return "image/bmp";
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return "image/x-icon";
  if (isSvg(bytes)) return "image/svg+xml";
  return "application/octet-stream";
}

function asBytes(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** SVG is text: an `<svg` root, possibly after a BOM, white space, an XML declaration, comments or a doctype. */
function isSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, "").trimStart()
    .toLowerCase();
  if (head.startsWith("<svg")) return true;
  return (head.startsWith("<?xml") || head.startsWith("<!--") || head.startsWith("<!doctype svg")) &&
    /<svg[\s>]/.test(head);
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}
