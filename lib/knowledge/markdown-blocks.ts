/**
 * A small Markdown reader for knowledge articles: the block structure (headings, paragraphs, lists, quotes, code)
 * and inline spans (bold, italic, code, links). It is shared by the structure lint and the preview, and produces
 * data, never HTML, so the preview can render it with React elements: raw HTML in an article stays text.
 * Pure (runs in the browser too).
 */
export type MdBlock =
  | { kind: "heading"; level: number; text: string; line: number }
  | { kind: "paragraph"; text: string; line: number }
  | { kind: "list"; ordered: boolean; items: string[]; line: number }
  | { kind: "quote"; text: string; line: number }
  | { kind: "code"; text: string; line: number }
  | { kind: "rule"; line: number };

export type MdInline =
  | { kind: "text"; text: string }
  | { kind: "strong"; children: MdInline[] }
  | { kind: "em"; children: MdInline[] }
  | { kind: "code"; text: string }
  | { kind: "link"; href: string; children: MdInline[] };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const ORDERED = /^\s*\d{1,9}[.)]\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;

export function parseBlocks(markdown: string): MdBlock[] {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const blocks: MdBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const lineNo = i + 1;
    if (line.trim() === "") {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trimStart().startsWith(fence[1]!)) body.push(lines[i++]!);
      i++; // the closing fence (or the end)
      blocks.push({ kind: "code", text: body.join("\n"), line: lineNo });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: "heading", level: heading[1]!.length, text: heading[2]!, line: lineNo });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ kind: "rule", line: lineNo });
      i++;
      continue;
    }
    if (line.trimStart().startsWith(">")) {
      const body: string[] = [];
      while (i < lines.length && lines[i]!.trimStart().startsWith(">")) body.push(lines[i++]!.trimStart().replace(/^>\s?/, ""));
      blocks.push({ kind: "quote", text: body.join(" ").trim(), line: lineNo });
      continue;
    }
    const listMatch = BULLET.exec(line) ?? ORDERED.exec(line);
    if (listMatch) {
      const ordered = !BULLET.test(line);
      const items: string[] = [];
      while (i < lines.length) {
        const current = lines[i]!;
        const item = ordered ? ORDERED.exec(current) : BULLET.exec(current);
        if (item) items.push(item[1]!.trim());
        else if (current.trim() !== "" && /^\s{2,}/.test(current) && items.length > 0) items[items.length - 1] += ` ${current.trim()}`;
        else break;
        i++;
      }
      blocks.push({ kind: "list", ordered, items, line: lineNo });
      continue;
    }
    const body: string[] = [];
    while (i < lines.length) {
      const current = lines[i]!;
      if (current.trim() === "" || HEADING.test(current) || FENCE.test(current) || current.trimStart().startsWith(">") || BULLET.test(current) || ORDERED.test(current)) break;
      body.push(current.trim());
      i++;
    }
    blocks.push({ kind: "paragraph", text: body.join(" "), line: lineNo });
  }
  return blocks;
}

/** Inline spans of one block's text. Unclosed markers stay literal text. */
export function parseInline(text: string): MdInline[] {
  const out: MdInline[] = [];
  let plain = "";
  const flush = () => {
    if (plain !== "") out.push({ kind: "text", text: plain });
    plain = "";
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const code = /^`([^`]+)`/.exec(rest);
    const strong = /^(\*\*|__)(?=\S)([\s\S]*?\S)\1/.exec(rest);
    const em = /^(\*|_)(?=\S)([\s\S]*?\S)\1/.exec(rest);
    const link = /^\[([^\]]*)\]\(([^()\s]*(?:\([^()\s]*\))?[^()\s]*)\)/.exec(rest);
    if (code) {
      flush();
      out.push({ kind: "code", text: code[1]! });
      i += code[0].length;
    } else if (strong) {
      flush();
      out.push({ kind: "strong", children: parseInline(strong[2]!) });
      i += strong[0].length;
    } else if (em && !(em[1] === "_" && /\w/.test(text[i - 1] ?? ""))) {
      flush();
      out.push({ kind: "em", children: parseInline(em[2]!) });
      i += em[0].length;
    } else if (link) {
      flush();
      out.push({ kind: "link", href: link[2]!, children: parseInline(link[1]!) });
      i += link[0].length;
    } else {
      plain += text[i];
      i++;
    }
  }
  flush();
  return out;
}

/** Every link target in an article, with its line. */
export function linksOf(markdown: string): { text: string; href: string; line: number }[] {
  const found: { text: string; href: string; line: number }[] = [];
  markdown.split(/\r?\n/).forEach((line, index) => {
    for (const m of line.matchAll(/\[([^\]]*)\]\(([^)]*)\)/g)) found.push({ text: m[1]!, href: m[2]!.trim(), line: index + 1 });
  });
  return found;
}

/** Where a link may point: web pages, mail, and paths inside the studio. Anything else is not rendered as a link. */
export function isSafeHref(href: string): boolean {
  if (href.startsWith("/") && !href.startsWith("//")) return true;
  if (href.startsWith("#")) return href.length > 1;
  return /^(https?:\/\/[^\s/]+\.[^\s]*|mailto:[^\s@]+@[^\s@]+)$/i.test(href);
}

/** The plain words of inline Markdown (markers and link targets removed), for counting and searching. */
export function plainText(text: string): string {
  return parseInline(text).map(plainOf).join("");
}

function plainOf(node: MdInline): string {
  switch (node.kind) {
    case "text":
    case "code":
      return node.text;
    case "strong":
    case "em":
    case "link":
      return node.children.map(plainOf).join("");
    default: {
      const never: never = node;
      return never;
    }
  }
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
