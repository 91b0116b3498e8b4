/**
 * `POST /_tapir/upload`: a file_selector's files, as multipart/form-data. The upload must come from a page
 * of this server (its Origin is this Host), from the tab that owns the state (its state id and secret), and
 * name a file_selector of that tab's page; the files must pass the element's `extensions` and the Gui's
 * limits. They are kept in memory, set into the element's bound `content`, and handed to its action.
 */
import type { Context, Handler } from "hono";
import { UploadedFile } from "../files/uploaded_file.ts";
import { acceptsFile, DEFAULT_EXTENSIONS, UPLOAD_FIELD, UPLOAD_HEADERS } from "../protocol/file_transfer.ts";
import type { UploadResponse } from "../protocol/file_transfer.ts";
import type { ElementDescriptor } from "../protocol/page_descriptor.ts";
import type { ClientSession } from "./client_session.ts";
import type { GuiContext } from "./gui_context.ts";
import { type AllowedOrigins, isAllowedOrigin } from "./origin_policy.ts";
import { readLimitedBody } from "./read_limited_body.ts";
import type { SessionRegistry } from "./session_registry.ts";
import type { UploadLimits } from "./upload_limits.ts";

/** Room for the multipart boundaries and headers around the files. */
const MULTIPART_OVERHEAD = 64 * 1024;

export interface UploadHandlerOptions<S extends object> {
  registry: SessionRegistry<S>;
  context: GuiContext<S>;
  limits: UploadLimits;
  /** Origins besides the server's own whose pages may upload. */
  allowedOrigins?: AllowedOrigins;
}

/**
 * The handler of the upload route; mount it on `UPLOAD_PATH`.
 *
 * @example
 * ```ts
 * app.post(UPLOAD_PATH, uploadHandler({ registry, context, limits: resolveUploadLimits() }));
 * ```
 */
export function uploadHandler<S extends object>(options: UploadHandlerOptions<S>): Handler {
  const { registry, context, limits } = options;
  return async (c) => {
    // Unlike the socket, an upload without Origin is refused: browsers send it with every POST.
    const origin = c.req.header("origin");
    if (!isAllowedOrigin(origin, c.req.header("host"), options.allowedOrigins ?? new Set(), false)) {
      return refuse(c, 403, "uploads are accepted from this site's pages only");
    }
    const session = registry.get(c.req.header(UPLOAD_HEADERS.stateId) ?? "");
    if (session === undefined || !sameSecret(session.secret, c.req.header(UPLOAD_HEADERS.secret) ?? "")) {
      return refuse(c, 403, "this tab's state is unknown or expired: reload the page");
    }
    const index = Number(c.req.header(UPLOAD_HEADERS.element));
    const element = Number.isInteger(index) ? session.page?.descriptor.elements[index] : undefined;
    if (element?.type !== "file_selector") {
      return refuse(c, 404, "no file_selector with this index on the page");
    }
    if (!isActive(element, session, context)) return refuse(c, 403, "this file_selector is not active");
    if (!(c.req.header("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
      return refuse(c, 400, "send the files as multipart/form-data");
    }

    const body = await readLimitedBody(c.req.raw, limits.maxTotalSize + MULTIPART_OVERHEAD);
    if (body === undefined) return refuse(c, 413, `the upload exceeds ${formatBytes(limits.maxTotalSize)}`);
    let form: FormData;
    try {
      form = await new Response(body as Uint8Array<ArrayBuffer>, {
        headers: { "content-type": c.req.header("content-type") ?? "" },
      }).formData();
    } catch {
      return refuse(c, 400, "the upload is not well-formed multipart/form-data");
    }
    const files = form.getAll(UPLOAD_FIELD).filter((entry): entry is File => typeof entry !== "string");
    const maxFiles = element.props["multiple"] === true ? limits.maxFiles : 1;
    if (files.length === 0) return refuse(c, 400, "the upload holds no file");
    if (files.length > maxFiles) return refuse(c, 413, `at most ${maxFiles} file(s) at once`);
    const extensions = typeof element.props["extensions"] === "string"
      ? element.props["extensions"]
      : DEFAULT_EXTENSIONS;
    for (const file of files) {
      if (file.size > limits.maxFileSize) {
        return refuse(c, 413, `"${file.name}" exceeds ${formatBytes(limits.maxFileSize)}`);
      }
      if (!acceptsFile(extensions, file)) return refuse(c, 415, `"${file.name}" is not one of ${extensions}`);
    }

    const uploaded = await Promise.all(
      files.map(async (file) =>
        new UploadedFile(file.name, file.type, new Uint8Array(await file.arrayBuffer()))
      ),
    );
    const key = element.writes["content"];
    if (key !== undefined) await session.handleUpdate(key, maxFiles === 1 ? uploaded[0] : uploaded, "upload");
    await session.handleAction(index, { action: "upload", files: uploaded });
    return c.json({ ok: true, files: uploaded.map((file) => file.toJSON()) } satisfies UploadResponse);
  };
}

function refuse(c: Context, status: 400 | 403 | 404 | 413 | 415, error: string): Response {
  return c.json({ ok: false, error } satisfies UploadResponse, status);
}

/** The element's `active`, static or evaluated for this client. */
function isActive<S extends object>(
  element: ElementDescriptor,
  session: ClientSession<S>,
  context: GuiContext<S>,
): boolean {
  const key = element.bindings["active"];
  if (key === undefined) return element.props["active"] !== false;
  try {
    const scope = {
      variables: session.state.values,
      functions: context.functions as Readonly<Record<string, (...args: unknown[]) => unknown>>,
    };
    return session.page?.bindings.get(key)?.evaluate(scope) !== false;
  } catch {
    return false;
  }
}

/** Compares secrets without an early exit, so timing does not tell how much of a guess was right. */
function sameSecret(expected: string, given: string): boolean {
  let difference = expected.length ^ given.length;
  for (let index = 0; index < expected.length; index++) {
    difference |= expected.charCodeAt(index) ^ (given.charCodeAt(index) || 0);
  }
  return difference === 0;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} kB`;
}
