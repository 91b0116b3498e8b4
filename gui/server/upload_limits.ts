/** How much a file_selector may upload at once; the Gui's `uploads` option overrides each limit. */
export interface UploadLimits {
  /** Largest file accepted, in bytes (default 50 MiB). */
  maxFileSize: number;
  /** Most files in one upload (default 10). */
  maxFiles: number;
  /** Largest request body, in bytes, all files together (default 100 MiB). */
  maxTotalSize: number;
}

const MIB = 1024 * 1024;

/** The limits when the Gui sets none. */
export const DEFAULT_UPLOAD_LIMITS: Readonly<UploadLimits> = {
  maxFileSize: 50 * MIB,
  maxFiles: 10,
  maxTotalSize: 100 * MIB,
};

/**
 * Defaults completed with what the app gave.
 *
 * @example
 * ```ts
 * resolveUploadLimits({ maxFiles: 2 }).maxFileSize; // 52428800
 * ```
 */
export function resolveUploadLimits(given: Partial<UploadLimits> = {}): UploadLimits {
  return {
    maxFileSize: given.maxFileSize ?? DEFAULT_UPLOAD_LIMITS.maxFileSize,
    maxFiles: given.maxFiles ?? DEFAULT_UPLOAD_LIMITS.maxFiles,
    maxTotalSize: given.maxTotalSize ?? DEFAULT_UPLOAD_LIMITS.maxTotalSize,
  };
}
