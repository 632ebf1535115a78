/**
 * Sentence splitting for extractive drafts and summaries. Markdown list items and lines are treated as
 * sentences of their own (an item rarely ends with a full stop), and inline Markdown is reduced to plain
 * text so a draft reads well in any helpdesk, whatever it renders.
 */
import "server-only";

/** Inline Markdown to plain text: **bold**, _em_, `code`, [label](url) -> label (url). */
export function plainInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, "$1 ($2)")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[\s(])([*_])(\S(?:.*?\S)?)\2(?=[\s).,;:!?]|$)/g, "$1$3")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/[ \t]+/g, " ")
    .trim();
}

export interface TSentence {
  text: string;
  /** "item" for a list item (numbered items keep their number), "line" for prose. */
  kind: "item" | "line";
}

const LIST_ITEM = /^\s*(?:[-*+]|(\d+)[.)])\s+(.*)$/;

/**
 * Sentences of a Markdown block in reading order. Headings are skipped (the caller knows the section),
 * list items keep their number ("2. Open Settings") or become "- item", prose is split after . ! ? when a
 * capital, digit or quote follows.
 */
export function splitSentences(markdown: string): TSentence[] {
  const out: TSentence[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(...splitProse(paragraph.join(" ")).map((text) => ({ text, kind: "line" as const })));
    paragraph = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*#{1,6}\s/.test(line) || /^\s*(```|---|\*\*\*)\s*$/.test(line)) {
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      const body = plainInline(item[2] ?? "");
      if (body) out.push({ text: item[1] ? `${item[1]}. ${body}` : `- ${body}`, kind: "item" });
      continue;
    }
    if (line.trim() === "") flush();
    else paragraph.push(line.trim().replace(/^>\s?/, ""));
  }
  flush();
  return out;
}

function splitProse(text: string): string[] {
  const plain = plainInline(text);
  if (!plain) return [];
  // Split after sentence punctuation followed by space and an upper-case letter, digit or quote; keeps
  // "e.g. this" and "5.5 days" together.
  return plain
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
