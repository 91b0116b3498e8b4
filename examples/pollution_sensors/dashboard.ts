/**
 * `npm run dashboard` / `deno task dashboard`: the pollution dashboard and its simulated sensors in one
 * process, a tick every second. Open the printed address; every tab sees every tick.
 */
import { commandLineArgs, exitProcess, flagValue, onTerminationSignal } from "../../mod.ts";
import { startDashboard } from "./receiver.ts";
import { startSensorSender } from "./sender.ts";

const args = commandLineArgs();
const tcpPort = Number(flagValue(args, "tcp-port") ?? 5051);
const dashboard = await startDashboard({ port: Number(flagValue(args, "port") ?? 5000), tcpPort });
const sensors = startSensorSender({ tcpPort, interval: Number(flagValue(args, "interval") ?? 1), quiet: true });
console.log(`Open ${dashboard.gui.url} to watch the sensors (Ctrl+C stops).`);
onTerminationSignal(() => {
  sensors.stop();
  void dashboard.stop().then(() => exitProcess(0));
});
