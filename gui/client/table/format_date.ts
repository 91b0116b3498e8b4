/**
 * Formats dates with the patterns of Taipy's `date_format` (date-fns tokens): `yyyy`, `yy`, `MMMM`, `MMM`,
 * `MM`, `M`, `dd`, `d`, `EEEE`, `EEE`, `HH`, `H`, `hh`, `h`, `mm`, `m`, `ss`, `s`, `SSS`, `a`, and `'text'`
 * for literal text. Other letters stay as they are.
 */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const TOKENS = /'([^']*)'|yyyy|yy|MMMM|MMM|MM|M|dd|d|EEEE|EEE|HH|H|hh|h|mm|m|ss|s|SSS|a/g;

/** Taipy's default `date_format`. */
export const DEFAULT_DATE_FORMAT = "MM/dd/yyyy";

/**
 * `utc` reads the date's UTC fields: for dates without a time (`"2024-01-31"`), which JavaScript reads as
 * UTC midnight and would otherwise show as the day before west of Greenwich.
 *
 * @example
 * ```ts
 * formatDate(new Date("2024-01-31"), "dd MMM yyyy", true); // "31 Jan 2024"
 * formatDate(new Date(2024, 0, 31, 14, 5), "yyyy-MM-dd hh:mm a"); // "2024-01-31 02:05 PM"
 * ```
 */
export function formatDate(date: Date, pattern: string, utc = false): string {
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  const month = utc ? date.getUTCMonth() : date.getMonth();
  const day = utc ? date.getUTCDate() : date.getDate();
  const weekday = utc ? date.getUTCDay() : date.getDay();
  const hours = utc ? date.getUTCHours() : date.getHours();
  const minutes = utc ? date.getUTCMinutes() : date.getMinutes();
  const seconds = utc ? date.getUTCSeconds() : date.getSeconds();
  const millis = utc ? date.getUTCMilliseconds() : date.getMilliseconds();
  const two = (value: number) => String(value).padStart(2, "0");
  return pattern.replace(TOKENS, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal === "" ? "'" : literal;
    switch (token) {
      case "yyyy":
        return String(year).padStart(4, "0");
      case "yy":
        return two(year % 100);
      case "MMMM":
        return MONTHS[month] ?? "";
      case "MMM":
        return (MONTHS[month] ?? "").slice(0, 3);
      case "MM":
        return two(month + 1);
      case "M":
        return String(month + 1);
      case "dd":
        return two(day);
      case "d":
        return String(day);
      case "EEEE":
        return DAYS[weekday] ?? "";
      case "EEE":
        return (DAYS[weekday] ?? "").slice(0, 3);
      case "HH":
        return two(hours);
      case "H":
        return String(hours);
      case "hh":
        return two(hours % 12 === 0 ? 12 : hours % 12);
      case "h":
        return String(hours % 12 === 0 ? 12 : hours % 12);
      case "mm":
        return two(minutes);
      case "m":
        return String(minutes);
      case "ss":
        return two(seconds);
      case "s":
        return String(seconds);
      case "SSS":
        return String(millis).padStart(3, "0");
      case "a":
        return hours < 12 ? "AM" : "PM";
      default:
        return token;
    }
  });
}
