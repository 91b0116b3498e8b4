import { test } from "uvu";
import * as assert from "uvu/assert";
import { adapterTransform, adaptLov } from "../../gui/elements/adapt_lov.ts";

type User = { uid: number; name: string; team?: User[] };

test("adaptLov() keeps each item beside the id and label its adapter gives", () => {
  const users: User[] = [{ uid: 1, name: "Ada" }];
  assert.equal(adaptLov(users, (user) => [(user as User).uid, (user as User).name]), {
    adapted: [{ id: "1", label: "Ada", item: { uid: 1, name: "Ada" } }],
  });
});

test("adaptLov() reads objects, bare ids and children", () => {
  const team: User = { uid: 1, name: "Lead", team: [{ uid: 2, name: "Dev" }] };
  const adapted = adaptLov(
    [team, "x"],
    (item) =>
      typeof item === "string"
        ? item
        : { id: (item as User).uid, label: (item as User).name, children: (item as User).team },
  );
  assert.equal(adapted?.adapted.map((entry) => [entry.id, entry.label, entry.children?.[0]?.label]), [
    ["1", "Lead", "Dev"],
    ["x", "x", undefined],
  ]);
});

test("adapterTransform() applies only with an adapter, through the registered function", () => {
  assert.is(adapterTransform({}), undefined);
  const transform = adapterTransform({ adapter: "toLov" });
  assert.is(transform?.name, "adapter:toLov");
  const toLov = (item: unknown) => [item, String(item).toUpperCase()];
  const owner = {};
  assert.equal(transform?.apply(["a"], { functions: { toLov }, owner }), {
    adapted: [{ id: "a", label: "A", item: "a" }],
  });
  assert.throws(() => transform?.apply(["a"], { functions: {}, owner }), /toLov/);
});

test.run();
