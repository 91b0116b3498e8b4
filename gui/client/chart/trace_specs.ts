/**
 * Which traces a chart draws, from its properties and the columns of its data. Taipy's rules: an indexed
 * property (`y[2]`, `color[2]`) sets one trace, its plain form (`y`, `color`) every trace that has no
 * indexed value, and there are as many traces as the highest index of a column property.
 */
import type { DecimatorName } from "../../protocol/chart_data.ts";
import { asRecord } from "./as_record.ts";
import {
  type ColumnInfo,
  fillRoleDefaults,
  type Role,
  ROLES,
  type TraceKind,
  traceKind,
} from "./trace_roles.ts";

/** One trace, resolved. `trace` is Taipy's index, from 1. */
export interface TraceSpec {
  trace: number;
  kind: TraceKind;
  lines: boolean;
  markers: boolean;
  columns: Partial<Record<Role, string>>;
  name: string;
  color: string | undefined;
  options: Record<string, unknown>;
  decimator: DecimatorName;
}

/**
 * A property's value for trace `trace`: its indexed form, else its plain form.
 *
 * @example
 * ```ts
 * traceProp({ color: "red", "color[2]": "blue" }, "color", 2); // "blue"
 * ```
 */
export function traceProp(props: Readonly<Record<string, unknown>>, name: string, trace: number): unknown {
  const indexed = props[`${name}[${trace}]`];
  return indexed === undefined || indexed === null ? props[name] : indexed;
}

/**
 * The traces to draw.
 *
 * @example
 * ```ts
 * traceSpecs({ x: "t", "y[1]": "a", "y[2]": "b" }, [{ name: "t", numeric: true }, ...]); // two traces
 * ```
 */
export function traceSpecs(
  props: Readonly<Record<string, unknown>>,
  columns: readonly ColumnInfo[],
): TraceSpec[] {
  let count = 1;
  for (const key of Object.keys(props)) {
    const match = /^(\w+)\[(\d+)\]$/.exec(key);
    if (match !== null && (ROLES as readonly string[]).includes(match[1] ?? "")) {
      count = Math.max(count, Number(match[2]));
    }
  }
  const specs: TraceSpec[] = [];
  const yGiven = Object.keys(props).some((key) => key === "y" || key.startsWith("y["));
  for (let trace = 1; trace <= count; trace++) {
    const spec = resolveTrace(props, trace, columns);
    if (spec.kind === "scatter" || spec.kind === "bar" || spec.kind === "box") {
      if (spec.columns.y !== undefined) specs.push(spec);
      else if (!yGiven && count === 1) specs.push(...defaultTraces(props, spec, columns));
    } else specs.push(spec);
  }
  return specs;
}

function resolveTrace(
  props: Readonly<Record<string, unknown>>,
  trace: number,
  names: readonly ColumnInfo[],
): TraceSpec {
  const columns: Partial<Record<Role, string>> = {};
  for (const role of ROLES) {
    const value = traceProp(props, role, trace);
    if (typeof value === "string" && value !== "") columns[role] = value;
    else if (typeof value === "number") columns[role] = String(value);
  }
  const type = String(traceProp(props, "type", trace) ?? "scatter").toLowerCase();
  const lineType = type === "lines" || type === "line";
  const mode = String(traceProp(props, "mode", trace) ?? (lineType ? "lines" : "lines+markers"))
    .toLowerCase();
  const kind = traceKind(type);
  fillRoleDefaults(kind, columns, names);
  const color = traceProp(props, "color", trace);
  const decimator = String(traceProp(props, "decimator", trace) ?? "minmax").toLowerCase();
  return {
    trace,
    kind,
    lines: lineType || mode.includes("lines"),
    markers: !lineType && mode.includes("markers"),
    columns,
    name: String(
      traceProp(props, "name", trace) ?? columns.y ?? columns.values ?? columns.z ?? `trace ${trace}`,
    ),
    color: typeof color === "string" && color !== "" ? color : undefined,
    options: asRecord(traceProp(props, "options", trace)),
    decimator: decimator === "lttb" || decimator === "none" ? decimator : "minmax",
  };
}

/** With no y at all, every numeric column other than x is a trace. */
function defaultTraces(
  props: Readonly<Record<string, unknown>>,
  base: TraceSpec,
  columns: readonly ColumnInfo[],
): TraceSpec[] {
  const used = new Set(Object.values(base.columns));
  return columns.filter((column) => column.numeric && !used.has(column.name)).map((column, offset) => {
    const trace = offset + 1;
    const color = traceProp(props, "color", trace);
    return {
      ...base,
      trace,
      columns: { ...base.columns, y: column.name },
      name: String(traceProp(props, "name", trace) ?? column.name),
      color: typeof color === "string" && color !== "" ? color : base.color,
    };
  });
}
