import "server-only";
import { stripHtml } from "../../../connectors/import-streams/strip-html";

/**
 * Helpdesk saved replies are HTML; articles are Markdown. Keeps what carries meaning in a reply (headings,
 * paragraphs, lists, bold, italic, links) and drops every other tag; entities are decoded by stripHtml.
 */
export function htmlToMarkdown(html: string): string {
  const marked = html
    .replace(/\r\n?/g, "\n")
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/\n/g, " ")
    .replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/gi, (_, level: string, text: string) => `\n\n${"#".repeat(Number(level))} ${inline(text)}\n\n`)
    .replace(/<a\s[^>]*href\s*=\s*("([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/a>/gi, (_, _q, dq: string | undefined, sq: string | undefined, text: string) => `[${inline(text)}](${(dq ?? sq ?? "").trim()})`)
    .replace(/<(strong|b)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi, (_, _t, _a, text: string) => `**${text.trim()}**`)
    .replace(/<(em|i)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi, (_, _t, _a, text: string) => `*${text.trim()}*`)
    .replace(/<li(\s[^>]*)?>/gi, "\n- ")
    .replace(/<\/li>/gi, "")
    .replace(/<\/(ul|ol)>/gi, "\n\n")
    .replace(/<\/(p|div|blockquote|pre|table)>/gi, "\n\n")
    .replace(/<br\s*\/?>/gi, "\n");
  return stripHtml(marked)
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function inline(html: string): string {
  return html.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
}
