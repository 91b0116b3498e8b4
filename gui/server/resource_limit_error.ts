/**
 * A limit of the server was reached: too many states alive, too many bytes of uploads held, too many
 * hellos from one address. Thrown where the limit is checked; the socket turns it into
 * `{type: "error", code: "limit", message}`, so the message must say which limit and what to do.
 */

/**
 * Thrown when a request would take the server past one of its limits.
 *
 * @example
 * ```ts
 * throw new ResourceLimitError("maxStates", "the server holds 10000 states, its limit: try again later");
 * ```
 */
export class ResourceLimitError extends Error {
  /** The name of the limit that was reached, as the deployer sets it (`maxStates`, ...). */
  readonly limit: string;
  readonly code = "limit";

  constructor(limit: string, message: string) {
    super(message);
    this.name = "ResourceLimitError";
    this.limit = limit;
  }
}
