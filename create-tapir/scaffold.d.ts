/** The scaffold's pinned development tools (tsx, typescript, uvu). */
export declare const DEV_DEPENDENCIES: Readonly<Record<string, string>>;

/** A refusal the user can act on (a non-empty folder, a bad name). */
export declare class ScaffoldError extends Error {}

/**
 * Writes a new Tapir project into `target` (created if missing); refuses a folder that has files.
 *
 * @example
 * ```js
 * await scaffold("my-app");
 * ```
 */
export declare function scaffold(target: string): Promise<{ folder: string; name: string }>;
