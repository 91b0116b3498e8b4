/**
 * The messages that cross the WebSocket, shared by server and browser. Pure types: the browser bundle
 * imports this file and nothing else from the server side.
 *
 * Values travel keyed by *binding key*: the source text of a binding expression as written in the page
 * (`threshold`, `a.b`, `x * 2`, or a template such as `Value is {x}`). The server evaluates every
 * expression; the browser only stores what it is sent.
 */
import type { ValueDelta } from "./value_delta.ts";
import type { GoMessage, NavigateMessage, PageMessage, PageParams, ViewContent } from "./navigation.ts";
import type { CancelHoldMessage, NoticeMessage } from "./notices.ts";

export type { GoMessage, NavigateMessage, PageMessage, PageParams, ViewContent } from "./navigation.ts";
export type { CancelHoldMessage, NoticeMessage } from "./notices.ts";

/** Values by binding key. */
export type ValueMap = Record<string, unknown>;

/** First message on every connection: which page is open, and which state to resume if any. */
export interface HelloMessage {
  type: "hello";
  /** The page's name, as in the URL path ("/" for the root page). */
  page: string;
  /**
   * Random per page load (kept in memory, not storage). The same instance reconnecting takes its state
   * back at once; another instance presenting a ticket whose state is still connected is a duplicated
   * tab, and gets a state of its own.
   */
  instance?: string;
  resume?: ResumeTicket;
  /** The query parameters of the page's URL, for onNavigate when the page is loaded. */
  params?: PageParams;
}

/** What a tab keeps (in sessionStorage) to get its state back after a reload or a dropped connection. */
export interface ResumeTicket {
  stateId: string;
  /** Per-tab secret; the state id alone never attaches to a state. */
  secret: string;
  /** The sequence number of the last patch the tab applied; -1 after a page load (send everything). */
  lastSeq: number;
}

/** The user changed a two-way bound value. */
export interface UpdateMessage {
  type: "update";
  key: string;
  value: unknown;
}

/** The user triggered an element's action (a button press). */
export interface ActionMessage {
  type: "action";
  /** The element's index in the page descriptor. */
  element: number;
  payload?: unknown;
}

/**
 * Asks an element's server side for data that does not travel in patches (a table's page of rows, a
 * chart's series reduced for the visible range). Answered by a ResponseMessage with the same id.
 */
export interface RequestMessage {
  type: "request";
  /** Chosen by the client, echoed in the response. */
  id: number;
  /** The element's index in the page descriptor. */
  element: number;
  query: unknown;
}

export type ClientMessage =
  | HelloMessage
  | UpdateMessage
  | ActionMessage
  | RequestMessage
  | NavigateMessage
  | CancelHoldMessage;

/** The answer to `hello`: the state the tab now owns and every value its page shows. */
export interface WelcomeMessage {
  type: "welcome";
  stateId: string;
  secret: string;
  /** Sequence number of the snapshot; the next patch carries seq + 1. */
  seq: number;
  values: ValueMap;
  /** True when an existing state was resumed rather than a new one created. */
  resumed: boolean;
  /**
   * The page the tab is on, decided before any value was sent: the page its hello named, or where
   * onNavigate sent it. Its writes and actions are read against this page's view.
   */
  page?: string;
  /**
   * The view to show, when the tab does not show it yet: its document is neutral (the app has an
   * onNavigate) or it asked for a page it was not allowed. `values` are this view's.
   */
  view?: ViewContent;
}

/** Changed values, in order. Each patch's seq is one more than the previous one's. */
export interface PatchMessage {
  type: "patch";
  seq: number;
  values: ValueMap;
  /** Keys whose new value is the old one plus a delta (a grown series); never also in `values`. */
  deltas?: Record<string, ValueDelta>;
}

/** The answer to a RequestMessage. */
export interface ResponseMessage {
  type: "response";
  id: number;
  data?: unknown;
  /** Set when the request was refused or failed; `data` is then absent. */
  error?: string;
}

/** Something the client sent was refused or failed; never a stack trace. */
export interface ErrorMessage {
  type: "error";
  code: ErrorCode;
  message: string;
}

export type ErrorCode =
  | "bad-message"
  | "unknown-binding"
  | "read-only-binding"
  | "bad-value"
  | "unknown-element"
  | "callback-failed"
  | "no-state"
  /** The server reached one of its resource limits (the message names it); the tab may retry later. */
  | "limit";

export type ServerMessage =
  | WelcomeMessage
  | PatchMessage
  | ResponseMessage
  | ErrorMessage
  | PageMessage
  | GoMessage
  | NoticeMessage;

/** Path of the WebSocket endpoint, relative to the server's root. */
export const SOCKET_PATH = "/_tapir/ws";
/** Path prefix under which the client bundle is served. */
export const ASSET_PATH = "/_tapir/";
