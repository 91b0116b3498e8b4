/**
 * The page's light or dark theme: `data-theme` on `<html>`, which tapir.css reads. Without the
 * attribute the page follows the system's preference.
 */

/**
 * The theme the page shows now: the one a toggle chose, else the system's.
 *
 * @example
 * ```ts
 * if (currentTheme() === "dark") console.log("dark page");
 * ```
 */
export function currentTheme(): "light" | "dark" {
  const chosen = document.documentElement.dataset["theme"];
  if (chosen === "dark" || chosen === "light") return chosen;
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/**
 * Shows the page in `theme`, in this tab only; other elements follow through the stylesheet's variables.
 *
 * @example
 * ```ts
 * setTheme("dark"); // <html data-theme="dark">
 * ```
 */
export function setTheme(theme: "light" | "dark"): void {
  document.documentElement.dataset["theme"] = theme;
}
