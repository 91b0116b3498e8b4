/**
 * The demo a newcomer runs first (`npm start` / `deno task start`): the receiver page and a sender in one
 * process, a new number every second. Open the printed address; every tab shows the numbers live.
 */
import { commandLineArgs, exitProcess, flagValue, onTerminationSignal } from "../mod.ts";
import { startReceiver } from "./receiver.ts";
import { startSender } from "./sender.ts";

const args = commandLineArgs();
const port = Number(flagValue(args, "port") ?? 5000);
const tcpPort = Number(flagValue(args, "tcp-port") ?? 5050);
const receiver = await startReceiver({ port, tcpPort });
const sender = startSender({ tcpPort, interval: Number(flagValue(args, "interval") ?? 1) });
console.log(`Open ${receiver.gui.url} to watch the numbers arrive (Ctrl+C stops).`);
onTerminationSignal(() => {
  sender.stop();
  void receiver.stop().then(() => exitProcess(0));
});
