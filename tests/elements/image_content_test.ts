import { test } from "uvu";
import * as assert from "uvu/assert";
import { imageContent, imageType } from "../../gui/elements/image_content.ts";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (source: string) => new TextEncoder().encode(source);

test("imageContent() keeps a URL string as it is", () => {
  assert.is(imageContent("/images/logo.png"), "/images/logo.png");
  assert.is(imageContent("https://example.com/a.svg"), "https://example.com/a.svg");
});

test("imageContent() turns bytes into a data URL of the detected type", () => {
  assert.is(imageContent(bytes(0x47, 0x49, 0x46, 0x38)), "data:image/gif;base64,R0lGOA==");
  const svg = "<svg xmlns='http://www.w3.org/2000/svg'/>";
  assert.is(imageContent(text(svg)), `data:image/svg+xml;base64,${btoa(svg)}`);
});

test("imageContent() reads an ArrayBuffer and a view on part of a buffer", () => {
  const buffer = bytes(0, 0xff, 0xd8, 0xff, 0xe0).buffer;
  assert.ok(imageContent(buffer)?.startsWith("data:application/octet-stream;base64,"));
  assert.ok(imageContent(new DataView(buffer, 1))?.startsWith("data:image/jpeg;base64,/9j/"));
});

test("imageContent() encodes bytes longer than one chunk", () => {
  const large = new Uint8Array(100_000).fill(0x41);
  large.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const url = imageContent(large) ?? "";
  assert.ok(url.startsWith("data:image/png;base64,"));
  assert.is(atob(url.slice(url.indexOf(",") + 1)).length, 100_000);
});

test("imageContent() gives null for values that are neither text nor bytes", () => {
  assert.is(imageContent(null), null);
  assert.is(imageContent(undefined), null);
  assert.is(imageContent({ path: "/etc/passwd" }), null);
  assert.is(imageContent(42), null);
});

test("imageType() recognises each format by its magic bytes", () => {
  const cases: Array<[Uint8Array, string]> = [
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), "image/png"],
    [bytes(0xff, 0xd8, 0xff, 0xdb), "image/jpeg"],
    [text("GIF89a"), "image/gif"],
    [text("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "), "image/webp"],
    [text("BM\u0000\u0000"), "image/bmp"],
    [bytes(0, 0, 1, 0, 1, 0), "image/x-icon"],
    [text("\uFEFF  <svg viewBox='0 0 1 1'></svg>"), "image/svg+xml"],
    [
      text("<?xml version='1.0'?>\n<!-- logo -->\n<svg xmlns='http://www.w3.org/2000/svg'/>"),
      "image/svg+xml",
    ],
    [text("<?xml version='1.0'?><note/>"), "application/octet-stream"],
    [text("RIFF\u0000\u0000\u0000\u0000WAVE"), "application/octet-stream"],
    [bytes(), "application/octet-stream"],
  ];
  for (const [input, expected] of cases) assert.is(imageType(input), expected);
});

test.run();
