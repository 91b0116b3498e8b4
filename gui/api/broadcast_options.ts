/**
 * Which clients a broadcast reaches: every connected one, or those a filter keeps.
 */

/**
 * The clients to reach: a test of each state id, or a list of state ids.
 *
 * @example
 * ```ts
 * const admins: StateFilter = (stateId) => adminIds.has(stateId);
 * const two: StateFilter = [firstId, secondId];
 * ```
 */
export type StateFilter = ((stateId: string) => boolean) | readonly string[];

/**
 * Options of `broadcastCallback`.
 *
 * @example
 * ```ts
 * await broadcastCallback(gui, (state) => { state.alert = "maintenance at 18:00"; }, [], { filter: adminIds });
 * ```
 */
export interface BroadcastOptions {
  /**
   * Reaches only the connected clients this keeps: a test of each state id, or a list of state ids (from
   * `getStateId`). Ids in the list that are unknown or not connected are skipped.
   */
  filter?: StateFilter;
}

/** Whether `filter` (none: every client) keeps the state `stateId`. */
export function acceptsState(filter: StateFilter | undefined, stateId: string): boolean {
  if (filter === undefined) return true;
  return typeof filter === "function" ? filter(stateId) : filter.includes(stateId);
}
