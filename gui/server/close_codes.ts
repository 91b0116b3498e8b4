/**
 * Why the server closed a tab's WebSocket: codes in the application range (4000-4999), one per cause, so
 * that a log or a test can tell them apart. Every one of them lets the tab reconnect and resume its state
 * with its ticket.
 */

/** Another connection of the same tab took the state over. */
export const CLOSE_REPLACED = 4000;
/** More messages per second than any tab sends. */
export const CLOSE_FLOOD = 4008;
/** One frame larger than any element needs. */
export const CLOSE_TOO_BIG = 4009;
/** No hello within `limits.helloTimeoutMs`. */
export const CLOSE_NO_HELLO = 4011;
/** Too many frames or bytes waiting behind a slow callback (`limits.maxQueuedFrames`/`maxQueuedBytes`). */
export const CLOSE_BACKLOG = 4012;
/** The client did not read what the server sent (`limits.maxBufferedBytes`). */
export const CLOSE_NOT_READING = 4013;
/** The server is at one of its resource limits (the reason names it, e.g. `maxStates`): try again later. */
export const CLOSE_LIMIT = 4014;
