/**
 * Shows a date with a pattern, as Taipy's `format` property of date elements does (it uses date-fns
 * tokens): `yyyy-MM-dd`, `dd/MM/yyyy HH:mm`, `EEE d MMM`, `h:mm a`. Text in single quotes is kept as is.
 */

const TOKENS = /'[^']*'|yyyy|yy|MMMM|MMM|MM|M|dd|d|EEEE|EEE|HH|H|hh|h|mm|m|ss|s|a/g;

/**
 * Formats `date` in local time; without a pattern, in the browser's locale (with the time if `withTime`).
 *
 * @example
 * ```ts
 * formatDate(new Date(2024, 4, 7, 15, 4), "dd/MM/yyyy HH:mm"); // "07/05/2024 15:04"
 * formatDate(new Date(2024, 4, 7, 15, 4), "h:mm a 'today'"); // "3:04 PM today"
 * ```
 */
export function formatDate(date: Date, pattern: string, withTime = false): string {
  if (pattern === "") return withTime ? date.toLocaleString() : date.toLocaleDateString();
  return pattern.replace(TOKENS, (token) => tokenText(date, token));
}

function tokenText(date: Date, token: string): string {
  const hours12 = date.getHours() % 12 === 0 ? 12 : date.getHours() % 12;
  switch (token) {
    case "yyyy":
      return String(date.getFullYear()).padStart(4, "0");
    case "yy":
      return String(date.getFullYear() % 100).padStart(2, "0");
    case "MMMM":
      return date.toLocaleString(undefined, { month: "long" });
    case "MMM":
      return date.toLocaleString(undefined, { month: "short" });
    case "MM":
      return pad(date.getMonth() + 1);
    case "M":
      return String(date.getMonth() + 1);
    case "dd":
      return pad(date.getDate());
    case "d":
      return String(date.getDate());
    case "EEEE":
      return date.toLocaleString(undefined, { weekday: "long" });
    case "EEE":
      return date.toLocaleString(undefined, { weekday: "short" });
    case "HH":
      return pad(date.getHours());
    case "H":
      return String(date.getHours());
    case "hh":
      return pad(hours12);
    case "h":
      return String(hours12);
    case "mm":
      return pad(date.getMinutes());
    case "m":
      return String(date.getMinutes());
    case "ss":
      return pad(date.getSeconds());
    case "s":
      return String(date.getSeconds());
    case "a":
      return date.getHours() < 12 ? "AM" : "PM";
    default:
      // A quoted literal: 'at' shows as at, '' as a single quote.
      return token.length === 2 ? "'" : token.slice(1, -1);
  }
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
