/**
 * Every element of Tapir on one page, live: a newcomer's tour. A timer moves the values that show things
 * (a gauge, a progress bar, a live chart); everything you type, drag or pick lands in your tab's State and
 * shows up next to the control. Each element is the Markdown line shown above it.
 *
 *   node --import tsx examples/gallery.ts [--port 5000]
 *   deno run -A examples/gallery.ts
 */
import { broadcastCallback, commandLineArgs, flagValue, Gui, isMainModule, notify, type State } from "../mod.ts";

export type GalleryState = {
  name: string;
  amount: number;
  level: number;
  range: number[];
  live: boolean;
  size: string;
  fruit: string;
  fruits: string[];
  place: string;
  day: string;
  alarm: string;
  period: string[];
  notes: string;
  pressed: number;
  gauge: number;
  series: { t: number; v: number }[];
  rows: { city: string; population: number; country: string }[];
  statuses: { status: string; message: string }[];
  messages: [string, string, string][];
  files: unknown;
  report: string;
  dialogOpen: boolean;
  paneOpen: boolean;
  theme: boolean;
  logo: Uint8Array;
};

const LOGO = new TextEncoder().encode(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#c9382a"/>` +
    `<text x="32" y="42" font-size="28" text-anchor="middle" fill="#fff" font-family="sans-serif">T</text></svg>`,
);

const page = `
# Tapir gallery

Every element of Tapir, live. The code of each is the line above it.

<|layout|columns=1 1|gap=1rem|
<|card|
## Show

\`<|{gauge}|indicator|value={gauge}|min=0|max=100|>\`
<|{gauge}|indicator|value={gauge}|min=0|max=100|format=%.0f|>

\`<|{gauge}|metric|min=0|max=100|title=Load|>\`
<|{gauge}|metric|min=0|max=100|title=Load|format=%.0f|>

\`<|{gauge}|progress|show_value|>\`
<|{gauge}|progress|show_value|linear|>

\`<|{statuses}|status|>\`
<|{statuses}|status|>

\`<|Heads up: values move every second|alert|severity=info|>\`
<|Heads up: values move every second|alert|severity=info|>

\`<|{logo}|image|>\` (bytes in the state, sent as a data: URL)
<|{logo}|image|label=Logo|width=64px|>

\`<|{notes}|text|mode=markdown|>\`
<|{notes}|text|mode=markdown|>
|>

<|card|
## Enter

\`<|{name}|input|label=Name|>\` Hello <|{name}|>!
<|{name}|input|label=Name|>

\`<|{amount}|number|min=0|max=10|>\` doubled: <|{amount * 2}|>
<|{amount}|number|min=0|max=10|>

\`<|{level}|slider|min=0|max=100|>\` and a range
<|{level}|slider|min=0|max=100|> <|{range}|slider|min=0|max=100|>

\`<|{live}|toggle|label=Live|>\` <|{size}|toggle|lov=S;M;L|> <|{theme}|toggle|theme|>
<|{live}|toggle|label=Live|>

\`<|{fruit}|selector|lov=Apple;Banana;Cherry|dropdown|>\` and radio, check, filter
<|{fruit}|selector|lov=Apple;Banana;Cherry|dropdown|label=Fruit|> <|{fruits}|selector|lov=Apple;Banana;Cherry|multiple|mode=check|>

\`<|{place}|tree|lov={places}|>\`
<|{place}|tree|lov=Europe;Asia;Africa|>

\`<|{day}|date|>\` <|{alarm}|time|> <|{period}|date_range|>
<|{day}|date|label=Day|>
|>
|>

<|layout|columns=1 1|gap=1rem|
<|card|
## Data

\`<|{series}|chart|x=t|y=v|>\` (a point a second, sliding)
<|{series}|chart|x=t|y=v|type=lines|height=220px|>

\`<|{rows}|table|page_size=5|filter|>\`
<|{rows}|table|page_size=5|filter|>
|>

<|card|
## Act

\`<|Press me|button|on_action=press|>\` pressed <|{pressed}|> times
<|Press me|button|on_action=press|>

\`<|menu|lov=Home;Reports;Settings|on_action=menuPick|>\`
<|menu|lov=Home;Reports;Settings|on_action=menuPick|label=Menu|>

\`<|{report}|file_download|name=report.txt|>\` <|{files}|file_selector|extensions=*|label=Upload|>
<|{report}|file_download|name=report.txt|label=Download report|>

\`<|{messages}|chat|on_action=say|>\`
<|{messages}|chat|users=you;tapir|sender_id=you|on_action=say|>

\`<|login|on_action=signIn|>\` (any name works)
<|login|title=Sign in|on_action=signIn|>

<|Open a dialog|button|on_action=openDialog|> <|Open a pane|button|on_action=openPane|>

<|Details|expandable|expanded=False|
Blocks: \`part\`, \`layout\`, \`expandable\`, \`dialog\`, \`pane\`.
|>
|>
|>

<|{dialogOpen}|dialog|title=A dialog|labels=OK;Cancel|on_action=closeDialog|
The dialog's buttons send their index to on_action.
|>

<|{paneOpen}|pane|anchor=right|
A pane slides in from the side.
|>
`;

const functions = {
  press: (state: State<GalleryState>) => void (state.pressed += 1),
  menuPick: (state: State<GalleryState>, _id: unknown, payload: { id?: string }) =>
    void notify(state, "info", `Menu: ${payload?.id ?? "?"}`),
  say: (state: State<GalleryState>, _id: unknown, payload: { text?: string }) => {
    state.messages = [...state.messages, [String(state.messages.length), payload?.text ?? "", "you"]];
  },
  signIn: (state: State<GalleryState>, _id: unknown, payload: { user?: string }) =>
    void notify(state, "success", `Welcome, ${payload?.user ?? "you"}`),
  openDialog: (state: State<GalleryState>) => void (state.dialogOpen = true),
  closeDialog: (state: State<GalleryState>) => void (state.dialogOpen = false),
  openPane: (state: State<GalleryState>) => void (state.paneOpen = true),
};

export function createGallery(): Gui<GalleryState> {
  return new Gui<GalleryState>({
    page,
    state: {
      name: "Tapir",
      amount: 2,
      level: 40,
      range: [20, 60],
      live: true,
      size: "M",
      fruit: "Apple",
      fruits: ["Cherry"],
      place: "Europe",
      day: "2026-11-25",
      alarm: "07:30",
      period: ["2026-11-01", "2026-11-30"],
      notes: "**Markdown** from the state, *sanitised*: <script>never runs</script>",
      pressed: 0,
      gauge: 50,
      series: Array.from({ length: 30 }, (_, t) => ({ t, v: 50 + 20 * Math.sin(t / 4) })),
      rows: [
        { city: "Paris", population: 2_102_650, country: "France" },
        { city: "Lyon", population: 522_250, country: "France" },
        { city: "Berlin", population: 3_755_251, country: "Germany" },
        { city: "Madrid", population: 3_332_035, country: "Spain" },
        { city: "Rome", population: 2_758_454, country: "Italy" },
        { city: "Lisbon", population: 545_796, country: "Portugal" },
        { city: "Vienna", population: 1_982_097, country: "Austria" },
      ],
      statuses: [{ status: "success", message: "Server up" }, { status: "warning", message: "Disk 81%" }],
      messages: [["0", "Hello! Type a message below.", "tapir"]],
      files: null,
      report: "A report made by Tapir.\n",
      dialogOpen: false,
      paneOpen: false,
      theme: false,
      logo: LOGO,
    },
    functions,
  });
}

/** Moves the live values of every tab once. */
export function tick(state: State<GalleryState>, t: number): void {
  state.gauge = Math.round(50 + 45 * Math.sin(t / 5));
  state.series = [...state.series.slice(1), { t, v: 50 + 20 * Math.sin(t / 4) }];
}

if (isMainModule(import.meta.url)) {
  const gui = createGallery();
  await gui.run({ port: Number(flagValue(commandLineArgs(), "port") ?? 5000), title: "Tapir gallery" });
  let t = 30;
  setInterval(() => void broadcastCallback(gui, tick, [t++]), 1000);
}
