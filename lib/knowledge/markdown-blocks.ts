import { fromMarkdown } from "mdast-util-from-markdown";
import type { Nodes, PhrasingContent, RootContent } from "mdast";
import { chunksOf, restoreMarkers } from "./markdown-chunks";

/**
 * Knowledge articles read as CommonMark (mdast-util-from-markdown), turned into the few block and inline kinds the
 * article view draws and the structure lint counts. It produces data, never HTML, so the view renders it with React
 * elements: raw HTML in an article stays text, and an image shows its description. The article is read in bounded
 * pieces (markdown-chunks.ts), so reading it grows with its length. Pure (runs in the browser too).
 */
export type MdInline =
  | { kind: "text"; text: string }
  | { kind: "strong"; children: MdInline[] }
  | { kind: "em"; children: MdInline[] }
  | { kind: "code"; text: string }
  | { kind: "link"; href: string; children: MdInline[] };

/** A list item: its own text, and the lists or code nested under it. */
export interface MdListItem {
  text: string;
  inline: MdInline[];
  nested: MdBlock[];
}

/** `text` is the block's plain words (markers and link targets removed); `inline` is what the view draws. */
export type MdBlock =
  | { kind: "heading"; level: number; text: string; inline: MdInline[]; line: number }
  | { kind: "paragraph"; text: string; inline: MdInline[]; line: number }
  | { kind: "list"; ordered: boolean; start: number | null; items: MdListItem[]; line: number }
  | { kind: "quote"; text: string; inline: MdInline[]; line: number }
  | { kind: "code"; text: string; line: number }
  | { kind: "rule"; line: number };

export interface MdLink {
  text: string;
  href: string;
  line: number;
}

export interface MdArticle {
  blocks: MdBlock[];
  links: MdLink[];
}

/** The whole article: its blocks and every link in it, with their lines. */
export function readArticle(markdown: string): MdArticle {
  const article: MdArticle = { blocks: [], links: [] };
  for (const chunk of chunksOf(markdown)) {
    const tree = fromMarkdown(chunk.text);
    const text = chunk.setAside ? restoreMarkers : (value: string) => value;
    const reader = new Reader(chunk.firstLine - 1, article.links, definitionsOf(tree.children), text);
    for (const node of tree.children) article.blocks.push(...reader.block(node));
  }
  return article;
}

export function parseBlocks(markdown: string): MdBlock[] {
  return readArticle(markdown).blocks;
}

export function linksOf(markdown: string): MdLink[] {
  return readArticle(markdown).links;
}

/** The plain words of inline content. */
export function plainOf(nodes: readonly MdInline[]): string {
  return nodes.map((node) => (node.kind === "text" || node.kind === "code" ? node.text : plainOf(node.children))).join("");
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function definitionsOf(nodes: readonly RootContent[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const node of nodes) if (node.type === "definition" && !found.has(node.identifier)) found.set(node.identifier, node.url);
  return found;
}

class Reader {
  constructor(
    private readonly lineOffset: number,
    private readonly links: MdLink[],
    private readonly definitions: ReadonlyMap<string, string>,
    /** The text as the article wrote it (markers set aside while parsing put back). */
    private readonly text: (value: string) => string,
  ) {}

  private lineOf(node: Nodes): number {
    return (node.position?.start.line ?? 1) + this.lineOffset;
  }

  block(node: RootContent): MdBlock[] {
    const line = this.lineOf(node);
    switch (node.type) {
      case "heading": {
        const inline = this.inline(node.children);
        return [{ kind: "heading", level: node.depth, text: plainOf(inline), inline, line }];
      }
      case "paragraph": {
        const inline = this.inline(node.children);
        return [{ kind: "paragraph", text: plainOf(inline), inline, line }];
      }
      case "html":
        return [{ kind: "paragraph", text: this.text(node.value), inline: [{ kind: "text", text: this.text(node.value) }], line }];
      case "list":
        return [{ kind: "list", ordered: node.ordered === true, start: node.ordered === true ? (node.start ?? 1) : null, items: node.children.map((item) => this.item(item.children)), line }];
      case "blockquote": {
        const inline = this.flattened(node.children);
        return [{ kind: "quote", text: plainOf(inline), inline, line }];
      }
      case "code":
        return [{ kind: "code", text: this.text(node.value), line }];
      case "thematicBreak":
        return [{ kind: "rule", line }];
      default:
        return []; // definitions; nothing else is CommonMark
    }
  }

  private item(children: readonly RootContent[]): MdListItem {
    const inline: MdInline[] = [];
    const nested: MdBlock[] = [];
    for (const child of children) {
      if (child.type === "paragraph" || child.type === "heading") {
        if (inline.length > 0) inline.push({ kind: "text", text: " " });
        inline.push(...this.inline(child.children));
      } else nested.push(...this.block(child));
    }
    return { text: plainOf(inline), inline, nested };
  }

  /** A quote's paragraphs (and anything nested in it) as one run of text, as the view shows a quote. */
  private flattened(children: readonly RootContent[]): MdInline[] {
    const out: MdInline[] = [];
    const add = (parts: MdInline[]) => {
      if (parts.length === 0) return;
      if (out.length > 0) out.push({ kind: "text", text: " " });
      out.push(...parts);
    };
    for (const child of children) {
      if (child.type === "paragraph" || child.type === "heading") add(this.inline(child.children));
      else if (child.type === "code" || child.type === "html") add([{ kind: "text", text: this.text(child.value) }]);
      else if (child.type === "list") for (const item of child.children) add(this.flattened(item.children));
      else if (child.type === "blockquote") add(this.flattened(child.children));
    }
    return out;
  }

  private inline(nodes: readonly PhrasingContent[]): MdInline[] {
    return nodes.flatMap((node): MdInline[] => {
      switch (node.type) {
        case "text":
          return [{ kind: "text", text: this.text(node.value) }];
        case "strong":
          return [{ kind: "strong", children: this.inline(node.children) }];
        case "emphasis":
          return [{ kind: "em", children: this.inline(node.children) }];
        case "inlineCode":
          return [{ kind: "code", text: this.text(node.value) }];
        case "break":
          return [{ kind: "text", text: " " }];
        case "html":
          return [{ kind: "text", text: this.text(node.value) }];
        case "image":
        case "imageReference":
          return node.alt ? [{ kind: "text", text: this.text(node.alt) }] : [];
        case "link":
          return [this.link(node.url, node.children, node)];
        case "linkReference": {
          const href = this.definitions.get(node.identifier);
          return href === undefined ? this.inline(node.children) : [this.link(href, node.children, node)];
        }
        default:
          return [];
      }
    });
  }

  private link(href: string, children: readonly PhrasingContent[], node: Nodes): MdInline {
    const inline = this.inline(children);
    const target = this.text(href).trim();
    this.links.push({ text: plainOf(inline), href: target, line: this.lineOf(node) });
    return { kind: "link", href: target, children: inline };
  }
}
