/** Any function the app registered; arguments are checked by the app's own types, not here. */
export type AppFunction = (...args: never[]) => unknown;
