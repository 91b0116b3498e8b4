/**
 * Reads a file_selector's multipart/form-data body as it streams in, with every limit checked while it
 * is read: a body too large, too many parts, fields or files, or a file too large is refused at the part
 * that crosses the line, before the rest is read. `@remix-run/multipart-parser` parses: it works on Web
 * streams in Deno and Node alike (busboy is Node-only), and parses chunk by chunk. Parsing gives the event
 * loop back every YIELD_EVERY bytes, so that a body already buffered whole (read in microtasks only)
 * cannot hold up the other clients while it is parsed.
 */
import {
  getMultipartBoundary,
  MaxFileSizeExceededError,
  MaxHeaderSizeExceededError,
  MaxPartsExceededError,
  MaxTotalSizeExceededError,
  MultipartParseError,
  MultipartParser,
} from "@remix-run/multipart-parser";
import { UPLOAD_FIELD } from "../protocol/file_transfer.ts";

/** Room for the boundaries and part headers around the files. */
const MULTIPART_OVERHEAD = 64 * 1024;
/** Largest slice handed to the parser at once, so that one huge chunk is parsed in steps too. */
const SLICE = 64 * 1024;
/** Bytes parsed between two turns given back to the event loop. */
const YIELD_EVERY = 1024 * 1024;

/** The limits one upload is read under. */
export interface MultipartUploadLimits {
  maxFileSize: number;
  maxTotalSize: number;
  /** Files under UPLOAD_FIELD. */
  maxFiles: number;
  maxParts: number;
  maxFields: number;
}

/** A file as read from the body. */
export interface ReadFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** Why an upload was refused: the HTTP status and a message that names the limit. */
export class UploadRefusal extends Error {
  readonly status: 400 | 413;

  constructor(status: 400 | 413, message: string) {
    super(message);
    this.name = "UploadRefusal";
    this.status = status;
  }
}

/**
 * The files of a multipart/form-data request under UPLOAD_FIELD; throws an UploadRefusal for a body
 * that is not well-formed or crosses a limit.
 *
 * @example
 * ```ts
 * const files = await readMultipartUpload(request, {
 *   maxFileSize: 1024, maxTotalSize: 4096, maxFiles: 2, maxParts: 1000, maxFields: 100,
 * });
 * ```
 */
export async function readMultipartUpload(
  request: Request,
  limits: MultipartUploadLimits,
): Promise<ReadFile[]> {
  const boundary = getMultipartBoundary(request.headers.get("content-type") ?? "");
  if (boundary === null) {
    throw new UploadRefusal(400, "send the files as multipart/form-data with a boundary");
  }
  const maxBody = limits.maxTotalSize + MULTIPART_OVERHEAD;
  const tooLarge = () => new UploadRefusal(413, `the upload exceeds ${formatBytes(limits.maxTotalSize)}`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBody) throw tooLarge();
  if (request.body === null) throw new UploadRefusal(400, "the upload holds no file");

  const parser = new MultipartParser(boundary, {
    maxFileSize: limits.maxFileSize,
    maxTotalSize: limits.maxTotalSize,
    maxParts: limits.maxParts,
  });
  const files: ReadFile[] = [];
  let fields = 0;
  let read = 0;
  let sinceYield = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      read += value.byteLength;
      if (read > maxBody) throw tooLarge();
      for (let offset = 0; offset < value.byteLength; offset += SLICE) {
        for (const part of parser.write(value.subarray(offset, offset + SLICE))) {
          if (part.filename === undefined) {
            if (++fields > limits.maxFields) {
              throw new UploadRefusal(
                413,
                `the upload has more than ${limits.maxFields} fields (limits.maxUploadFields)`,
              );
            }
          } else if (part.name === UPLOAD_FIELD) {
            if (files.length === limits.maxFiles) {
              throw new UploadRefusal(413, `at most ${limits.maxFiles} file(s) at once`);
            }
            const name = formFileName(part.headers["content-disposition"]) ?? part.filename;
            files.push({ name, type: part.headers["content-type"] ?? "", bytes: part.bytes });
          }
        }
        sinceYield += Math.min(SLICE, value.byteLength - offset);
        if (sinceYield >= YIELD_EVERY) {
          sinceYield = 0;
          await nextTurn();
        }
      }
    }
    parser.finish();
  } catch (error) {
    // The rest of the body is not wanted: stop reading it.
    await reader.cancel().catch(() => {});
    throw refusalFor(error, limits);
  }
  return files;
}

function refusalFor(error: unknown, limits: MultipartUploadLimits): unknown {
  if (error instanceof UploadRefusal) return error;
  if (error instanceof MaxPartsExceededError) {
    return new UploadRefusal(
      413,
      `the upload has more than ${limits.maxParts} parts (limits.maxUploadParts)`,
    );
  }
  if (error instanceof MaxFileSizeExceededError) {
    return new UploadRefusal(413, `a file exceeds ${formatBytes(limits.maxFileSize)} (uploads.maxFileSize)`);
  }
  if (error instanceof MaxTotalSizeExceededError) {
    return new UploadRefusal(413, `the upload exceeds ${formatBytes(limits.maxTotalSize)}`);
  }
  if (error instanceof MaxHeaderSizeExceededError) {
    return new UploadRefusal(413, "a part's headers are too large");
  }
  if (error instanceof MultipartParseError) {
    return new UploadRefusal(400, "the upload is not well-formed multipart/form-data");
  }
  return error;
}

/**
 * The file name as a browser wrote it. Browsers escape only `"`, CR and LF (as %22, %0D, %0A: the HTML
 * standard's form-data encoding) and leave backslashes alone, where the parser reads `\x` as an escaped
 * `x`: so `..\dir\a.txt` would lose its separators and keep its folders in the name.
 */
function formFileName(disposition: string | undefined): string | undefined {
  const quoted = /(?:^|;)\s*filename="([^"]*)"/i.exec(disposition ?? "")?.[1];
  return quoted?.replace(/%22/g, '"').replace(/%0D/gi, "\r").replace(/%0A/gi, "\n");
}

/** A macrotask: I/O of other connections runs before parsing goes on. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** `50 MB`, `64 kB`. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} kB`;
}
