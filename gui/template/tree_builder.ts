/**
 * Nests the page's nodes as the tree builder meets them: HTML since the last node merges into one node,
 * blocks open and close in frames, and a block must close inside the list item or quote it opened in.
 */
import type { Token } from "markdown-it";
import type { ElementNode, PageNode } from "./page_tree.ts";
import type { ParseContext } from "./parse_context.ts";
import { MASKED_PIPE } from "./scan_elements.ts";
import type { TagMark } from "./tag_mark.ts";

interface OpenBlock {
  element: ElementNode;
  closer: string;
  /** How many Markdown containers (list items, quotes) enclosed the opening tag. */
  depth: number;
}

interface Frame {
  nodes: PageNode[];
  /** HTML rendered since the last node, merged into one node when the next node comes. */
  html: string;
  block: OpenBlock | undefined;
}

const CONTAINER_NAMES: Record<string, string> = {
  blockquote_open: "quote",
  list_item_open: "list item",
  bullet_list_open: "list",
  ordered_list_open: "list",
};

/** How deep blocks may nest; far beyond any real page. */
export const MAX_BLOCK_DEPTH = 100;

/** Collects nodes into frames, one per open block. */
export class TreeBuilder {
  readonly #context: ParseContext;
  readonly #frames: Frame[] = [{ nodes: [], html: "", block: undefined }];
  /** The Markdown containers open around the current token. */
  readonly #containers: Token[] = [];

  constructor(context: ParseContext) {
    this.#context = context;
  }

  /** Appends rendered Markdown to the current frame. */
  html(html: string): void {
    this.#top().html += html;
  }

  /** Adds an inline element, opens a block frame or closes one. */
  mark(mark: TagMark): void {
    switch (mark.kind) {
      case "inline":
        this.#append(mark.element);
        return;
      case "open":
        // The compiler walks blocks recursively: a bound keeps a pathological page from overflowing the stack.
        if (this.#frames.length > MAX_BLOCK_DEPTH) {
          this.#context.fail(
            `Blocks are nested more than ${MAX_BLOCK_DEPTH} deep`,
            mark.element.position,
            "close some blocks before opening more",
          );
        }
        this.#flush(this.#top());
        this.#frames.push({
          nodes: [],
          html: "",
          block: { element: mark.element, closer: mark.closer, depth: this.#containers.length },
        });
        return;
      case "close":
        this.#close(mark);
        return;
      default: {
        const never: never = mark;
        throw new Error(`Unknown tag mark ${JSON.stringify(never)}`);
      }
    }
  }

  /** Notes that a Markdown container (list item, quote, paragraph...) opens. */
  openContainer(token: Token): void {
    this.#containers.push(token);
  }

  /** Notes that the innermost Markdown container closes: no block opened inside it may stay open. */
  closeContainer(): void {
    const block = this.#top().block;
    const container = this.#containers.pop();
    if (block !== undefined && block.depth > this.#containers.length) {
      const where = CONTAINER_NAMES[container?.type ?? ""] ?? "Markdown block";
      this.#unclosed(block, ` before the end of the ${where} it opens in`);
    }
  }

  /** The page's nodes, once every block has closed. */
  finish(): PageNode[] {
    const top = this.#top();
    if (top.block !== undefined) this.#unclosed(top.block, "");
    this.#flush(top);
    return top.nodes;
  }

  #close(mark: Extract<TagMark, { kind: "close" }>): void {
    const frame = this.#top();
    const block = frame.block;
    const context = this.#context;
    if (block === undefined) {
      return context.fail(
        `Closing tag "${mark.tag}" has no block to close`,
        mark.position,
        `remove it, or ${opening(mark.tag)}`,
      );
    }
    const { type, position } = block.element;
    if (this.#containers.length > block.depth) {
      const where = CONTAINER_NAMES[this.#containers[this.#containers.length - 1]?.type ?? ""] ??
        "Markdown block";
      context.fail(
        `Closing tag "${mark.tag}" stands in a ${where}, but block "${type}" opened outside it`,
        mark.position,
        `block "${type}" opened at line ${position.line}; indent "${block.closer}" as its opening tag`,
      );
    }
    if (mark.tag !== block.closer) {
      context.fail(
        `Closing tag "${mark.tag}" does not match block "${type}"`,
        mark.position,
        `block "${type}" opened at line ${position.line} closes with "${block.closer}"`,
      );
    }
    this.#flush(frame);
    this.#frames.pop();
    block.element.children = frame.nodes;
    this.#append(block.element);
  }

  #unclosed(block: OpenBlock, where: string): never {
    return this.#context.fail(
      `Unclosed block "${block.element.type}"`,
      block.element.position,
      `add a line "${block.closer}" to close it${where}`,
    );
  }

  #append(node: PageNode): void {
    const top = this.#top();
    this.#flush(top);
    top.nodes.push(node);
  }

  #flush(frame: Frame): void {
    if (frame.html === "") return;
    frame.nodes.push({ kind: "html", html: frame.html.replaceAll(MASKED_PIPE, "|") });
    frame.html = "";
  }

  #top(): Frame {
    const top = this.#frames[this.#frames.length - 1];
    if (top === undefined) throw new Error("The page frame is gone");
    return top;
  }
}

/** How to open the block that a stray closing tag would close. */
function opening(tag: string): string {
  const end = /^<\|(.+)\.end\|>$/.exec(tag);
  if (end !== null) return `open the block above it with "<|${end[1]}.start|>"`;
  const name = /^\|(.+)>$/.exec(tag);
  if (name !== null) return `open the block above it with a line such as "<${name[1]}|part|"`;
  return `open a block above it with a line such as "<|part|"`;
}
