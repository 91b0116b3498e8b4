/**
 * `<|{data}|chart|x=t|y=v|>`: an ECharts canvas. Every change of a property rebuilds the option and
 * ECharts merges it into the chart in place (no animation, never cleared first), so a live series grows
 * without blinking and keeps the user's zoom. Data held on the server (see protocol/chart_data.ts) is
 * requested for the chart's width and visible range, again after each zoom. Clicks select points
 * (`selected`, written back) and call `on_click`; zooming calls `on_range_change`.
 */
import { html, nothing } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { isLargeChartData } from "../../protocol/chart_data.ts";
import { buildOption } from "../chart/build_option.ts";
import { readTheme, watchTheme } from "../chart/chart_theme.ts";
import {
  chartTypesNeeded,
  chartTypesVersion,
  type EChartsCoreOption,
  type EChartsType,
  init,
  loadChartTypes,
} from "../chart/echarts.ts";
import { listenToChart } from "../chart/chart_events.ts";
import { LargeDataView } from "../chart/large_data_view.ts";
import { selectionByTrace, syncSelection } from "../chart/chart_selection.ts";
import { clickPayload, type SeriesRows, seriesRows, xExtentOf } from "../chart/series_rows.ts";
import { columnInfos, type TraceData, traceData } from "../chart/trace_data.ts";
import { traceSpecs } from "../chart/trace_specs.ts";
import { shownRange, zoomByKey, type ZoomWindow } from "../chart/zoom_window.ts";
import { toCssLength } from "../coerce.ts";
import { pageContext } from "../page_context.ts";
import { TapirElement } from "../tapir_element.ts";

/** The `chart` element. */
export class TpChart extends TapirElement {
  #chart: EChartsType | undefined;
  /** The chart types registered when the chart was created (see chartTypesVersion). */
  #types = 0;
  /** Whether the option drawn has axes; undefined before the first. */
  #axes: boolean | undefined;
  #stop: (() => void)[] = [];
  #props: Record<string, unknown> = {};
  #traces: TraceData[] = [];
  #series: (SeriesRows | undefined)[] = [];
  /** Selected data indexes shown, by series index. */
  #shown = new Map<number, number[]>();
  #window: ZoomWindow = [0, 100];
  #zoomTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #large = new LargeDataView((query) => pageContext().connection.request(this.index, query));

  /** The ECharts instance (for tests, and for apps that want ECharts' own API); undefined until drawn. */
  get echarts(): EChartsType | undefined {
    return this.#chart;
  }

  protected override renderElement(): unknown {
    const props: Record<string, unknown> = {};
    for (
      const name of new Set([...Object.keys(this.descriptor.props), ...Object.keys(this.descriptor.bindings)])
    ) {
      props[name] = this.prop(name);
    }
    this.#props = props;
    if (!this.propBoolean("render", true)) return nothing;
    const size = {
      width: toCssLength(props["width"]) || undefined,
      height: toCssLength(props["height"]) || undefined,
    };
    return html`
      <div class="tp-chart-canvas" tabindex="0" style=${styleMap(size)} @keydown=${this.#onKey}
        @dblclick=${() => this.#zoomTo([0, 100])}></div>
    `;
  }

  protected override updated(): void {
    const container = this.querySelector<HTMLElement>(".tp-chart-canvas");
    if (container === null) return this.#dispose();
    if (this.#chart?.getDom() !== container) this.#create(container);
    const data = this.#props["data"];
    if (isLargeChartData(data)) {
      // Asks again for new data or other traces; else redraws what is loaded (a new title, the theme).
      return this.#large.accept(data, this.#props) ? void this.#load() : this.#show(this.#traces);
    }
    this.#large.clear();
    const specs = traceSpecs(this.#props, columnInfos(data));
    this.#show(specs.map((spec) => traceData(spec, data)));
  }

  override disconnectedCallback(): void {
    this.#dispose();
    super.disconnectedCallback();
  }

  #create(container: HTMLElement): void {
    // The data loaded stays: a chart made again for chart types that loaded late draws the same traces.
    this.#disposeChart();
    const chart = init(container, undefined, { renderer: "canvas" });
    this.#chart = chart;
    this.#types = chartTypesVersion();
    listenToChart(chart, {
      click: (event) => {
        const payload = clickPayload(this.#series, event);
        if (payload !== undefined && this.#props["on_click"] !== undefined) this.act(payload);
      },
      selectionChanged: (selected) => {
        this.#shown = new Map(selected.map((item) => [item.seriesIndex, item.dataIndex]));
        const current = (property: string): unknown => this.#props[property];
        for (
          const [property, rows] of selectionByTrace(this.#series, selected, this.descriptor.writes, current)
        ) {
          this.write(property, rows);
        }
      },
      zoomed: (window) => {
        this.#window = window;
        clearTimeout(this.#zoomTimer);
        this.#zoomTimer = setTimeout(() => this.#zoomed(), 120);
      },
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(container);
    this.#stop.push(() => resize.disconnect(), watchTheme(() => this.#show(this.#traces)));
  }

  #dispose(): void {
    this.#large.clear();
    this.#disposeChart();
  }

  #disposeChart(): void {
    for (const stop of this.#stop.splice(0)) stop();
    clearTimeout(this.#zoomTimer);
    this.#chart?.dispose();
    this.#chart = undefined;
    this.#axes = undefined;
    this.#window = [0, 100];
    this.#shown.clear();
  }

  /** Asks for the traces over the visible range; what is drawn stays until the answer replaces it. */
  async #load(): Promise<void> {
    const width = this.querySelector(".tp-chart-canvas")?.clientWidth || 800;
    const traces = await this.#large.load(this.#window, width).catch((error: unknown) => {
      console.warn(`Tapir: chart data: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
    if (traces !== undefined && this.#chart !== undefined) this.#show(traces);
  }

  #show(traces: TraceData[]): void {
    if (this.#chart === undefined) return;
    this.#traces = traces;
    const kinds = traces.map((trace) => trace.spec.kind);
    const loading = loadChartTypes(kinds);
    // Drawn once the types are registered, with the properties of that moment.
    if (loading !== undefined) return void loading.then(() => this.requestUpdate());
    if (this.#types < chartTypesNeeded(kinds)) this.#create(this.#chart.getDom());
    const chart = this.#chart;
    const option = buildOption({
      traces,
      title: typeof this.#props["title"] === "string" ? this.#props["title"] : "",
      layout: this.#props["layout"],
      theme: readTheme(this),
      ...(this.#large.extent === undefined ? {} : { xExtent: this.#large.extent }),
    });
    const axes = "xAxis" in option;
    if (this.#axes === undefined || this.#axes !== axes) {
      // A new chart, or from a pie to axes or back: start afresh rather than merge unrelated components.
      chart.setOption(option as EChartsCoreOption, { notMerge: true });
    } else {
      // The zoom the user chose stays: only the first option installs it.
      delete option["dataZoom"];
      chart.setOption(option as EChartsCoreOption, {
        replaceMerge: ["series", "xAxis", "yAxis", "visualMap"],
      });
    }
    this.#axes = axes;
    this.#series = seriesRows(option["series"] as Record<string, unknown>[], traces);
    this.#shown = syncSelection(chart, this.#series, this.#shown, (property) => this.#props[property]);
  }

  #zoomed(): void {
    if (this.#large.extent !== undefined) void this.#load();
    const callback = this.#props["on_range_change"];
    const extent = this.#large.extent ?? xExtentOf(this.#traces);
    if (callback === undefined || extent === undefined) return;
    const x = shownRange(this.#window, extent);
    pageContext().connection.request(this.index, { rangeChange: { x } }).catch(() => undefined);
  }

  #zoomTo(window: ZoomWindow): void {
    this.#chart?.dispatchAction({ type: "dataZoom", dataZoomIndex: 0, start: window[0], end: window[1] });
  }

  #onKey = (event: KeyboardEvent): void => {
    const window = zoomByKey(event.key, this.#window);
    if (window === undefined) return;
    event.preventDefault();
    this.#zoomTo(window);
  };
}

if (!customElements.get("tp-chart")) customElements.define("tp-chart", TpChart);
