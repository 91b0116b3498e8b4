// The "package start" figure's Tapir side: a plain JavaScript app importing the compiled package
// (dist/mod.js, what `npm install tapir` gives), started with plain `node` or `deno run`: no TypeScript
// loader. It prints one line once it listens. JavaScript, not TypeScript, so that nothing compiles it.
import { Gui } from "../../dist/mod.js";

const gui = new Gui({ page: "# Receiver\n\nReceived Data: <|{receivedData}|>", state: { receivedData: 0 } });
await gui.run({ port: 0, quiet: true });
console.log(`@listening ${gui.url}`);
