import { test } from "uvu";
import * as assert from "uvu/assert";
import { TicketStorage } from "../../gui/client/ticket_storage.ts";

function memoryStorage(initial: Record<string, string> = {}): Pick<Storage, "getItem" | "setItem" | "removeItem"> {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

test("TicketStorage saves, loads and clears a ticket", () => {
  const tickets = new TicketStorage(memoryStorage());
  assert.is(tickets.load(), undefined);
  tickets.save({ stateId: "s", secret: "k", lastSeq: 2 });
  assert.equal(tickets.load(), { stateId: "s", secret: "k", lastSeq: 2 });
  tickets.clear();
  assert.is(tickets.load(), undefined);
});

test("TicketStorage ignores a stored ticket it cannot read", () => {
  assert.is(new TicketStorage(memoryStorage({ "tapir:resume": "{oops" })).load(), undefined);
  assert.is(new TicketStorage(memoryStorage({ "tapir:resume": '{"stateId":1}' })).load(), undefined);
});

test("TicketStorage survives a storage that throws, and works without one", () => {
  const throwing = {
    getItem: (): string | null => {
      throw new Error("blocked");
    },
    setItem: (): void => {
      throw new Error("full");
    },
    removeItem: (): void => {
      throw new Error("blocked");
    },
  };
  const tickets = new TicketStorage(throwing);
  tickets.save({ stateId: "s", secret: "k", lastSeq: 0 });
  assert.is(tickets.load(), undefined);
  tickets.clear();
  assert.is(new TicketStorage(undefined).load(), undefined);
});

test.run();
