import { test } from "uvu";
import * as assert from "uvu/assert";
import { GuiConfigurationError } from "../../gui/errors.ts";
import { DEFAULT_LIMITS, resolveLimits } from "../../gui/server/server_limits.ts";

test("resolveLimits() completes what the app gave with the defaults", () => {
  assert.equal(resolveLimits(), DEFAULT_LIMITS);
  const limits = resolveLimits({ maxQueuedFrames: 8, callbackTimeoutMs: 500 });
  assert.is(limits.maxQueuedFrames, 8);
  assert.is(limits.callbackTimeoutMs, 500);
  assert.is(limits.maxQueuedBytes, DEFAULT_LIMITS.maxQueuedBytes);
});

test("resolveLimits() refuses a limit that is not a positive number, naming it", () => {
  for (const bad of [0, -1, Number.NaN]) {
    assert.throws(
      () => resolveLimits({ helloTimeoutMs: bad }),
      (error: unknown) =>
        error instanceof GuiConfigurationError && error.message.includes("limits.helloTimeoutMs"),
    );
  }
  assert.throws(() => resolveLimits({ maxBufferedBytes: "big" as unknown as number }), /maxBufferedBytes/);
});

test.run();
