/**
 * Dates between the state and native pickers. The state may hold a Date (it travels as an ISO string), an
 * ISO 8601 string, or epoch milliseconds; pickers show local time, and what the user picks goes back as
 * an ISO string.
 */

/** The native inputs Tapir's date elements use. */
export type DateInputKind = "date" | "datetime-local" | "time";

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_ONLY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/;

/**
 * A value as a Date, or null. A date without a time ("2024-05-17") is that day's local midnight, not
 * UTC's, so that it shows as the same day everywhere.
 *
 * @example
 * ```ts
 * toDate("2024-05-17T08:30:00Z")?.toISOString(); // "2024-05-17T08:30:00.000Z"
 * toDate("2024-05-17")?.getDate(); // 17
 * toDate("soon"); // null
 * ```
 */
export function toDate(value: unknown): Date | null {
  let date: Date | null = null;
  if (value instanceof Date) date = new Date(value.getTime());
  else if (typeof value === "number") date = new Date(value);
  else if (typeof value === "string" && value.trim() !== "") {
    const day = DATE_ONLY.exec(value.trim());
    date = day === null ? new Date(value) : new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  }
  return date === null || Number.isNaN(date.getTime()) ? null : date;
}

/**
 * What a native input of `kind` shows for `date`, in local time ("" for none).
 *
 * @example
 * ```ts
 * toInputValue(new Date(2024, 4, 17, 8, 5), "datetime-local"); // "2024-05-17T08:05"
 * ```
 */
export function toInputValue(date: Date | null, kind: DateInputKind): string {
  if (date === null) return "";
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  if (kind === "date") return day;
  return kind === "time" ? time : `${day}T${time}`;
}

/**
 * The Date a native input's text stands for, in local time; null when empty. A time is set on `base`'s
 * day (today without one).
 *
 * @example
 * ```ts
 * fromInputValue("2024-05-17", "date")?.getDate(); // 17
 * fromInputValue("07:45", "time", new Date(2024, 0, 2))?.getHours(); // 7
 * ```
 */
export function fromInputValue(text: string, kind: DateInputKind, base?: Date | null): Date | null {
  if (text === "") return null;
  if (kind === "time") {
    const time = TIME_ONLY.exec(text);
    if (time === null) return null;
    const date = base === null || base === undefined ? new Date() : new Date(base.getTime());
    date.setHours(Number(time[1]), Number(time[2]), Number(time[3] ?? 0), 0);
    return date;
  }
  const date = kind === "date" ? toDate(text) : new Date(text);
  return date === null || Number.isNaN(date.getTime()) ? null : date;
}

/**
 * "HH:mm" (or "HH:mm:ss") text, as a time-only value may be held: the `time` element writes such a value
 * back in the same form.
 *
 * @example
 * ```ts
 * isTimeText("07:45"); // true
 * isTimeText("2024-05-17T07:45"); // false
 * ```
 */
export function isTimeText(value: unknown): value is string {
  return typeof value === "string" && /^\d{1,2}:\d{2}(:\d{2})?$/.test(value.trim());
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
