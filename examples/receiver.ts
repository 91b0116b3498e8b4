/**
 * Taipy's realtime tutorial, receiver side: listens for numbers over TCP and shows the latest in every open
 * tab. Accepts Tapir's sender (one number per line) and the tutorial's Python sender unchanged.
 *
 *   node --import tsx examples/receiver.ts [--port 5000] [--tcp-port 5050] [--tcp-host 127.0.0.1]
 *   deno run -A examples/receiver.ts
 */
import {
  commandLineArgs,
  flagValue,
  getStateId,
  Gui,
  invokeCallback,
  isMainModule,
  listenTcp,
  type State,
  type TcpListener,
  UnknownStateError,
} from "../mod.ts";
import { NumberStreamDecoder } from "./number_stream.ts";

export type ReceiverState = { receivedData: number };

export interface ReceiverOptions {
  /** Port of the web page (0 picks a free one). */
  port?: number;
  tcpPort?: number;
  tcpHost?: string;
  /** How long a closed tab's state is kept, in ms. */
  stateRetention?: number;
  quiet?: boolean;
}

export interface Receiver {
  gui: Gui<ReceiverState>;
  tcp: TcpListener;
  /** The clients the receiver sends to; closed tabs leave it. */
  stateIds: string[];
  stop(): Promise<void>;
}

const page = `
# Receiver

Received Data: <|{receivedData}|>
`;

function updateReceivedData(state: State<ReceiverState>, value: number): void {
  state.receivedData = value;
}

export async function startReceiver(options: ReceiverOptions = {}): Promise<Receiver> {
  const log = options.quiet ? () => {} : console.log;
  const stateIds: string[] = [];
  let latest = 0;
  const gui = new Gui<ReceiverState>({
    page,
    state: { receivedData: 0 },
    // A tab opened late shows the latest number at once, not the initial 0.
    onInit: (state) => {
      state.receivedData = latest;
      stateIds.push(getStateId(state));
    },
    ...(options.stateRetention === undefined ? {} : { stateRetention: options.stateRetention }),
  });

  const forget = (stateId: string) => {
    const index = stateIds.indexOf(stateId);
    if (index >= 0) stateIds.splice(index, 1);
  };
  const deliver = (value: number) => {
    latest = value;
    // Tabs closed longer ago than the retention time are gone from the Gui: drop them from the list too.
    const alive = new Set(gui.stateIds());
    for (const stateId of [...stateIds]) if (!alive.has(stateId)) forget(stateId);
    for (const stateId of stateIds) {
      invokeCallback(gui, stateId, updateReceivedData, [value]).catch((error) => {
        if (error instanceof UnknownStateError) forget(stateId);
        else console.error(error);
      });
    }
  };

  const tcp = await listenTcp(
    { port: options.tcpPort ?? 5050, hostname: options.tcpHost ?? "127.0.0.1" },
    (connection) => {
      log(`Sender connected from ${connection.remoteAddress}`);
      const decoder = new NumberStreamDecoder({
        onNumber: (value) => {
          log(`Data received: ${value}`);
          deliver(value);
        },
        onGarbage: (token) => log(`Skipped "${token}": not a number`),
      });
      void (async () => {
        for await (const chunk of connection.readable) decoder.push(chunk);
        decoder.end();
        log("Connection closed");
      })();
    },
  );
  await gui.run({ port: options.port ?? 5000, title: "Receiver Page", quiet: options.quiet ?? false });
  log(`Listening for senders on ${tcp.hostname}:${tcp.port}`);
  return {
    gui,
    tcp,
    stateIds,
    async stop() {
      await tcp.close();
      await gui.stop();
    },
  };
}

if (isMainModule(import.meta.url)) {
  const args = commandLineArgs();
  const tcpPort = flagValue(args, "tcp-port");
  const retention = flagValue(args, "state-retention");
  await startReceiver({
    ...(tcpPort === undefined ? {} : { tcpPort: Number(tcpPort) }),
    ...(retention === undefined ? {} : { stateRetention: Number(retention) }),
    tcpHost: flagValue(args, "tcp-host") ?? "127.0.0.1",
  });
}
