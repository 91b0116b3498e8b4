/**
 * `POST /_tapir/upload`: a file_selector's files, as multipart/form-data. The upload must come from a page
 * of this server (its Origin is this Host), from the tab that owns the state (its state id and secret), and
 * name a file_selector of that tab's page; the files must pass the element's `extensions` and the Gui's
 * limits. The body is parsed as it streams in, each limit checked at the part that crosses it (see
 * read_multipart_upload.ts). The files are kept in memory, counted against `maxUploadBytesHeld` until
 * their state is freed, set into the element's bound `content`, and handed to its action.
 */
import type { Context, Handler } from "hono";
import { UploadedFile } from "../files/uploaded_file.ts";
import { acceptsFile, DEFAULT_EXTENSIONS, UPLOAD_HEADERS } from "../protocol/file_transfer.ts";
import type { UploadResponse } from "../protocol/file_transfer.ts";
import type { ElementDescriptor } from "../protocol/page_descriptor.ts";
import type { ClientSession } from "./client_session.ts";
import type { GuiContext } from "./gui_context.ts";
import { type AllowedOrigins, isAllowedOrigin } from "./origin_policy.ts";
import type { ReadFile } from "./read_multipart_upload.ts";
import { ResourceLimitError } from "./resource_limit_error.ts";
import type { ServerLimits } from "./server_limits.ts";
import type { SessionRegistry } from "./session_registry.ts";
import type { UploadLimits } from "./upload_limits.ts";

export interface UploadHandlerOptions<S extends object> {
  registry: SessionRegistry<S>;
  context: GuiContext<S>;
  limits: UploadLimits;
  /** The server's ceilings: parts and fields of one upload, and upload bytes held by all states. */
  serverLimits: ServerLimits;
  /** Origins besides the server's own whose pages may upload. */
  allowedOrigins?: AllowedOrigins;
}

/**
 * The handler of the upload route; mount it on `UPLOAD_PATH`.
 *
 * @example
 * ```ts
 * app.post(UPLOAD_PATH, uploadHandler({ registry, context, limits: resolveUploadLimits(), serverLimits: context.limits }));
 * ```
 */
export function uploadHandler<S extends object>(options: UploadHandlerOptions<S>): Handler {
  const { registry, context, limits, serverLimits } = options;
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

    const maxFiles = element.props["multiple"] === true ? limits.maxFiles : 1;
    // The multipart parser is loaded by the first upload, not at start: most apps never receive one.
    const { readMultipartUpload, UploadRefusal } = await import("./read_multipart_upload.ts");
    let files: ReadFile[];
    try {
      files = await readMultipartUpload(c.req.raw, {
        ...limits,
        maxFiles,
        maxParts: serverLimits.maxUploadParts,
        maxFields: serverLimits.maxUploadFields,
      });
    } catch (error) {
      if (error instanceof UploadRefusal) return refuse(c, error.status, error.message);
      throw error;
    }
    if (files.length === 0) return refuse(c, 400, "the upload holds no file");
    const extensions = typeof element.props["extensions"] === "string"
      ? element.props["extensions"]
      : DEFAULT_EXTENSIONS;
    for (const file of files) {
      if (!acceptsFile(extensions, file)) return refuse(c, 415, `"${file.name}" is not one of ${extensions}`);
    }

    const uploaded = files.map((file) => new UploadedFile(file.name, file.type, file.bytes));
    // The element's variable now holds these files instead of what it held: count them against the
    // server's ceiling, kept until the state is freed.
    try {
      registry.holdUpload(session, String(index), uploaded.reduce((total, file) => total + file.size, 0));
    } catch (error) {
      if (error instanceof ResourceLimitError) return refuse(c, 413, error.message);
      throw error;
    }
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
