import { test } from "uvu";
import * as assert from "uvu/assert";
import { TemplateSyntaxError } from "../../gui/errors.ts";
import { compilePage } from "../../gui/page/compile_page.ts";

const options = {
  page: "/",
  variables: new Set(["series", "picked", "other", "settings"]),
  functions: new Set(["clicked", "zoomed"]),
};

test("a chart's data travels under a key of its own, through the chart's transform", () => {
  const page = compilePage("<|{series}|chart|x=t|y[1]=a|y[2]=b|layout={settings}|>", options);
  const [chart] = page.descriptor.elements;
  assert.equal(chart?.props, { x: "t", "y[1]": "a", "y[2]": "b" });
  assert.is(chart?.bindings["data"], "series\u0000chart");
  assert.is(chart?.bindings["layout"], "settings");
  assert.ok(page.elementTypes.has("chart"));
});

test("selected and selected[n] write back; on_click is the chart's action", () => {
  const page = compilePage(
    "<|{series}|chart|selected={picked}|selected[2]={other}|on_click=clicked|id=c|>",
    options,
  );
  const [chart] = page.descriptor.elements;
  assert.equal(chart?.writes, { selected: "picked", "selected[2]": "other" });
  assert.is(chart?.action, true);
  assert.equal(page.actions.get(0), { callbackName: "clicked", elementId: "c" });
});

test("a chart type or decimator outside Taipy's set is refused with the choices", () => {
  assert.throws(
    () => compilePage("<|{series}|chart|type=pei|>", options),
    (error: unknown) =>
      error instanceof TemplateSyntaxError && /must be one of/.test(error.message) &&
      /pie/.test(error.message),
  );
  assert.throws(() => compilePage("<|{series}|chart|decimator[2]=rdp|>", options), /minmax, lttb, none/);
  assert.throws(
    () => compilePage("<|{series}|chart|on_range_change=nope|>", options),
    /Unknown function "nope"/,
  );
});

test.run();
