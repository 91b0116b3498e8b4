/**
 * Whether Tapir has an element yet (the chart and table elements arrive later than the core): figures
 * that need one skip it with a note instead of failing.
 */

/**
 * True when the element catalogue knows `name`. A catalogue that cannot be loaded counts as not knowing it.
 *
 * @example
 * ```ts
 * if (!(await elementAvailable("chart"))) console.log("no chart yet");
 * ```
 */
export async function elementAvailable(name: string): Promise<boolean> {
  try {
    const { elementCatalogue } = await import("../../gui/elements/catalogue.ts");
    return elementCatalogue.has(name);
  } catch {
    return false;
  }
}
