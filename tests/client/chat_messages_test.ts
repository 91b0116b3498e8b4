import { test } from "uvu";
import * as assert from "uvu/assert";
import { chatUserNames, toChatMessages } from "../../gui/client/chat_messages.ts";

test("toChatMessages() reads [id, text, senderId] triples", () => {
  assert.equal(toChatMessages([["1", "Hello", "ada"], [2, "Hi", "bob"]]), [
    { id: "1", text: "Hello", senderId: "ada" },
    { id: "2", text: "Hi", senderId: "bob" },
  ]);
});

test("toChatMessages() reads objects with JS or Python field names", () => {
  assert.equal(
    toChatMessages([{ id: "a", text: "One", senderId: "ada" }, {
      id: "b",
      content: "Two",
      sender_id: "bob",
    }]),
    [
      { id: "a", text: "One", senderId: "ada" },
      { id: "b", text: "Two", senderId: "bob" },
    ],
  );
});

test("toChatMessages() leaves out entries of another shape and reads a non-list as empty", () => {
  assert.equal(toChatMessages(["loose text", null, ["3", "Kept", "ada"]]), [{
    id: "3",
    text: "Kept",
    senderId: "ada",
  }]);
  assert.equal(toChatMessages("not a list"), []);
  assert.equal(toChatMessages(null), []);
});

test("chatUserNames() maps ids to names from ids, pairs and objects", () => {
  const names = chatUserNames(["bob", ["ada", "Ada Lovelace"], { id: "cy", label: "Cy" }]);
  assert.equal([...names], [["bob", "bob"], ["ada", "Ada Lovelace"], ["cy", "Cy"]]);
});

test.run();
