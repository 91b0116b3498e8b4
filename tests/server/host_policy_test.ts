import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui } from "../../mod.ts";
import { GuiConfigurationError } from "../../gui/errors.ts";
import { connectTcp } from "../../gui/runtime/mod.ts";
import { allowedHostsOf, isAllowedHost } from "../../gui/server/host_policy.ts";

test("isAllowedHost() answers IP literals, localhost and the listen host, and refuses other names", () => {
  const none = allowedHostsOf();
  const cases: [host: string | undefined, listen: string, allowed: boolean][] = [
    ["127.0.0.1:5000", "127.0.0.1", true],
    ["[::1]:5000", "127.0.0.1", true],
    ["192.168.1.20:5000", "0.0.0.0", true],
    ["0x7f.1:5000", "127.0.0.1", true],
    ["localhost:5000", "127.0.0.1", true],
    ["LOCALHOST.:5000", "127.0.0.1", true],
    ["app.localhost", "127.0.0.1", true],
    ["evil.example:5000", "127.0.0.1", false],
    ["evil.example:5000", "0.0.0.0", false],
    ["127.0.0.1.evil.example", "127.0.0.1", false],
    ["localhost.evil.example", "127.0.0.1", false],
    ["myhost.lan:8080", "myhost.lan", true],
    ["user@127.0.0.1", "127.0.0.1", false],
    ["a b", "127.0.0.1", false],
    [undefined, "127.0.0.1", true],
  ];
  for (const [host, listen, allowed] of cases) {
    assert.is(isAllowedHost(host, none, listen), allowed, `Host ${host} listening on ${listen}`);
  }
});

test("allowedHosts names hosts exactly, `.domain` with its subdomains, and `true` any host", () => {
  const listed = allowedHostsOf(["App.Example.com", ".corp.example"]);
  assert.ok(isAllowedHost("app.example.com:443", listed, "0.0.0.0"));
  assert.not.ok(isAllowedHost("www.example.com", listed, "0.0.0.0"));
  assert.ok(isAllowedHost("corp.example", listed, "0.0.0.0"));
  assert.ok(isAllowedHost("a.b.corp.example", listed, "0.0.0.0"));
  assert.not.ok(isAllowedHost("evilcorp.example", listed, "0.0.0.0"));
  assert.ok(isAllowedHost("anything.example", allowedHostsOf(true), "127.0.0.1"));
  for (const entry of ["https://example.com", "example.com:8080", "", "a/b"]) {
    assert.throws(() => allowedHostsOf([entry]), (error: unknown) => error instanceof GuiConfigurationError);
  }
});

/** A GET with the given Host header, written by hand: fetch does not let a page or a test choose it. */
async function getWithHost(port: number, host: string): Promise<{ status: number; body: string }> {
  const connection = await connectTcp({ hostname: "127.0.0.1", port });
  await connection.write(`GET / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of connection.readable) text += decoder.decode(chunk, { stream: true });
  connection.close();
  return {
    status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0),
    body: text.slice(text.indexOf("\r\n\r\n") + 4),
  };
}

test("a request for a name the server was not told about (DNS rebinding) gets 403 saying how to allow it", async () => {
  const gui = new Gui({ page: "hello", state: {}, allowedHosts: ["tapir.example"] });
  await gui.run({ port: 0, quiet: true });
  const port = Number(new URL(gui.url).port);
  try {
    const rebound = await getWithHost(port, `evil.example:${port}`);
    assert.is(rebound.status, 403);
    assert.match(rebound.body, /Host "evil\.example" is not allowed/);
    assert.match(rebound.body, /allowedHosts: \["evil\.example"\]/);
    assert.not.match(rebound.body, /hello/);
    assert.is((await getWithHost(port, `127.0.0.1:${port}`)).status, 200);
    assert.is((await getWithHost(port, `localhost:${port}`)).status, 200);
    assert.is((await getWithHost(port, `tapir.example:${port}`)).status, 200);
  } finally {
    await gui.stop();
  }
});

test.run();
