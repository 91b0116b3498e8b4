/**
 * A request refused because the server reached one of its limits (see server_limits.ts). `limit` names
 * the key of `ServerLimits` that was hit, so a caller can tell the client which one and a deployer knows
 * what to raise.
 *
 * @example
 * ```ts
 * try {
 *   registry.create();
 * } catch (error) {
 *   if (error instanceof ResourceLimitError) send({ type: "error", code: "limit", message: error.message });
 * }
 * ```
 */
export class ResourceLimitError extends Error {
  /** The ServerLimits key that was hit, e.g. "maxStates". */
  readonly limit: string;

  constructor(limit: string, message: string) {
    super(message);
    this.name = "ResourceLimitError";
    this.limit = limit;
  }
}
