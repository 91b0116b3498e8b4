import { test } from "uvu";
import * as assert from "uvu/assert";
import { GuiConfigurationError } from "../../gui/errors.ts";
import { AddressRateLimiter } from "../../gui/server/address_rate_limiter.ts";
import { DEFAULT_LIMITS, resolveLimits } from "../../gui/server/server_limits.ts";

test("resolveLimits() completes the defaults and refuses values that are not positive numbers", () => {
  assert.equal(resolveLimits(), DEFAULT_LIMITS);
  assert.is(resolveLimits({ maxStates: 5 }).maxStates, 5);
  assert.is(resolveLimits({ maxStates: 5 }).maxUploadParts, DEFAULT_LIMITS.maxUploadParts);
  assert.throws(
    () => resolveLimits({ maxStates: 0 }),
    (error: unknown) => error instanceof GuiConfigurationError && /limits\.maxStates/.test(error.message),
  );
  assert.throws(() => resolveLimits({ hellosPerSecondPerAddress: Number.NaN }), /hellosPerSecondPerAddress/);
});

test("AddressRateLimiter allows bursts of its rate per address, refills with time, and keeps addresses apart", () => {
  let now = 0;
  const limiter = new AddressRateLimiter(3, () => now);
  assert.equal([1, 2, 3, 4].map(() => limiter.take("a")), [true, true, true, false]);
  assert.ok(limiter.take("b"), "another address has its own bucket");
  now += 1000 / 3;
  assert.ok(limiter.take("a"), "a third of a second gives one more");
  assert.not.ok(limiter.take("a"));
});

test("AddressRateLimiter forgets quiet addresses, so many addresses do not grow it without bound", () => {
  let now = 0;
  const limiter = new AddressRateLimiter(1, () => now);
  for (let index = 0; index < 25_000; index++) limiter.take(`10.0.${index >> 8}.${index & 255}`);
  assert.ok(limiter.size <= 10_000, `tracks ${limiter.size} addresses`);
  now += 2000;
  limiter.take("10.9.9.9");
  assert.not.ok(limiter.take("10.9.9.9"), "a busy address is still limited");
});

test.run();
