/**
 * Sends a file_selector's files to the server over HTTP (never the socket), with the tab's state id and
 * secret so that the server files them into this tab's state, and reports the upload's progress.
 */
import { UPLOAD_FIELD, UPLOAD_HEADERS, UPLOAD_PATH } from "../protocol/file_transfer.ts";
import type { UploadResponse } from "../protocol/file_transfer.ts";
import { TicketStorage } from "./ticket_storage.ts";

/** Options for {@linkcode uploadFiles}. */
export interface UploadOptions {
  /** The file_selector's index in the page descriptor. */
  element: number;
  /** The state id the tab's connection holds (undefined before its first welcome). */
  stateId: string | undefined;
  /** Called with the fraction (0 to 1) of the bytes sent. */
  onProgress?: (fraction: number) => void;
}

/**
 * Uploads `files` and resolves with the server's answer; a network failure resolves as an error answer.
 * XMLHttpRequest rather than fetch: only it reports the progress of what is sent.
 *
 * @example
 * ```ts
 * const answer = await uploadFiles(input.files, { element: 3, stateId, onProgress: (f) => bar.value = f });
 * if (!answer.ok) console.warn(answer.error);
 * ```
 */
export function uploadFiles(files: Iterable<File>, options: UploadOptions): Promise<UploadResponse> {
  const secret = secretFor(options.stateId);
  if (options.stateId === undefined || secret === undefined) {
    return Promise.resolve({ ok: false, error: "not connected to the server yet" });
  }
  const form = new FormData();
  for (const file of files) form.append(UPLOAD_FIELD, file, file.name);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", UPLOAD_PATH);
    request.setRequestHeader(UPLOAD_HEADERS.stateId, options.stateId ?? "");
    request.setRequestHeader(UPLOAD_HEADERS.secret, secret);
    request.setRequestHeader(UPLOAD_HEADERS.element, String(options.element));
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    });
    request.addEventListener("load", () => resolve(readAnswer(request)));
    request.addEventListener(
      "error",
      () => resolve({ ok: false, error: "the upload failed (network error)" }),
    );
    request.addEventListener("abort", () => resolve({ ok: false, error: "the upload was cancelled" }));
    request.send(form);
  });
}

function readAnswer(request: XMLHttpRequest): UploadResponse {
  try {
    const answer: unknown = JSON.parse(request.responseText);
    if (typeof answer === "object" && answer !== null && "ok" in answer) return answer as UploadResponse;
  } catch {
    // Not JSON: a proxy's error page, say.
  }
  return request.status >= 200 && request.status < 300
    ? { ok: true, files: [] }
    : { ok: false, error: `the upload failed (HTTP ${request.status})` };
}

/** The secret the tab's resume ticket holds for `stateId` (the connection saves it on every welcome). */
function secretFor(stateId: string | undefined): string | undefined {
  let storage: Storage | undefined;
  try {
    storage = sessionStorage;
  } catch {
    storage = undefined;
  }
  const ticket = new TicketStorage(storage).load();
  return ticket !== undefined && ticket.stateId === stateId ? ticket.secret : undefined;
}
