import "server-only";
import { checkRecord, emptyResult, pagesOf, tagsOf, type KbParseResult, type TKbImportFile } from "./kb-import-types";

/**
 * A folder of Markdown files, one article each, keyed by the file's path. The title is the front matter's
 * `title`, else the first `# ` heading, else the file name. Optional front matter (`---` lines at the top)
 * may set title, category, owner, tags, pages, status and review_due; a list is written inline ("[a, b]" or
 * "a, b") or as YAML's indented "- item" lines.
 */
export function parseKbMarkdownFiles(files: TKbImportFile[]): KbParseResult {
  const out = emptyResult();
  files.forEach((file, index) => {
    const where = { file: file.name, record: index + 1 };
    if (!/\.(md|markdown)$/i.test(file.name)) {
      out.rejections.push({ ...where, reason: "Not a Markdown file (.md or .markdown)" });
      return;
    }
    const { meta, body } = splitFrontMatter(file.text);
    const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(body)?.[1];
    const fromName = file.name.replace(/^.*[\\/]/, "").replace(/\.(md|markdown)$/i, "").replace(/[-_]+/g, " ").trim();
    checkRecord(
      {
        title: meta.title ?? heading ?? fromName,
        body,
        category: meta.category,
        owner: meta.owner,
        tags: tagsOf(meta.tags?.replace(/^\[|\]$/g, "")),
        pages: pagesOf(meta.pages?.replace(/^\[|\]$/g, "")),
        status: meta.status,
        reviewDue: meta.review_due ?? meta.reviewdue,
      },
      { ...where, externalId: file.name.replace(/\\/g, "/") },
      out,
    );
  });
  return out;
}

function splitFrontMatter(text: string): { meta: Record<string, string>; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { meta: {}, body: text };
  const meta: Record<string, string> = {};
  let listKey: string | null = null;
  for (const line of match[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (kv) {
      meta[kv[1]!.toLowerCase()] = unquote(kv[2]!);
      listKey = kv[2]!.trim() === "" ? kv[1]!.toLowerCase() : null;
    } else if (item && listKey !== null) meta[listKey] = [meta[listKey], unquote(item[1]!)].filter(Boolean).join(", ");
  }
  return { meta, body: text.slice(match[0].length) };
}

const unquote = (value: string) => value.trim().replace(/^["']|["']$/g, "");
