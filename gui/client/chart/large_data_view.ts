/**
 * What a chart remembers of data held on the server: the summary it was last sent, the traces its
 * properties draw from it, and the x extent of the whole data set, so that it asks again only when the
 * data or the traces changed, or the user zoomed.
 */
import type { LargeChartData } from "../../protocol/chart_data.ts";
import {
  type ChartRequester,
  LargeDataLoader,
  type LargeExtent,
  largeExtent,
  summaryColumns,
} from "./large_data_loader.ts";
import type { TraceData } from "./trace_data.ts";
import { type TraceSpec, traceSpecs } from "./trace_specs.ts";
import { windowRange, type ZoomWindow } from "./zoom_window.ts";

/** One chart's view of its data held on the server. */
export class LargeDataView {
  /**
   * The x extent of the whole data set, for traces decimated on the server; undefined while the chart shows
   * data held whole or columns loaded whole (which zoom in the browser and are not asked for again).
   */
  extent: LargeExtent | undefined;
  readonly #loader: LargeDataLoader;
  #summary: LargeChartData | undefined;
  #specs: TraceSpec[] = [];
  #key = "";

  constructor(request: ChartRequester) {
    this.#loader = new LargeDataLoader(request);
  }

  /**
   * Takes the summary the chart was sent and its properties; true when the traces must be loaded again
   * (new data, or properties that draw other traces), false when what is loaded still stands.
   */
  accept(summary: LargeChartData, props: Readonly<Record<string, unknown>>): boolean {
    const specs = traceSpecs(props, summaryColumns(summary));
    const key = `${summary.version} ${JSON.stringify(specs)}`;
    this.extent = largeExtent(summary, specs);
    if (key === this.#key) return false;
    this.#key = key;
    this.#summary = summary;
    this.#specs = specs;
    return true;
  }

  /**
   * The traces over the zoom `window`, about two points per pixel of `width`; undefined when a later load
   * superseded this one. Rejects with the server's reason.
   */
  load(window: ZoomWindow, width: number): Promise<TraceData[] | undefined> {
    const summary = this.#summary;
    const extent = this.extent;
    if (summary === undefined) return Promise.resolve(undefined);
    const whole = extent === undefined || (window[0] <= 0 && window[1] >= 100);
    const range = whole ? undefined : windowRange(window, extent.min, extent.max);
    return this.#loader.load(summary, this.#specs, width * 2, range);
  }

  /** Forgets the data and drops pending answers: the chart shows data held whole, or is gone. */
  clear(): void {
    this.extent = undefined;
    this.#summary = undefined;
    this.#key = "";
    this.#loader.cancel();
  }
}
