import "server-only";
import { parse } from "csv-parse/sync";
import { checkRecord, emptyResult, pagesOf, tagsOf, type KbParseResult, type TKbImportFile } from "./kb-import-types";

/**
 * Columns a KB CSV may have, by the names they are recognised under (case and spacing ignored). Only title
 * and body are required; `id` keys re-imports (else the title is).
 */
export const KB_CSV_COLUMNS = {
  title: ["title", "name", "question", "subject"],
  body: ["body", "content", "answer", "text", "markdown"],
  category: ["category", "topic"],
  owner: ["owner", "author"],
  tags: ["tags", "labels", "keywords"],
  pages: ["pages", "page", "page urls", "page_urls", "urls"],
  status: ["status", "state"],
  reviewDue: ["review_due", "reviewdue", "review due", "review_date"],
  id: ["id", "external_id", "externalid", "article_id"],
} as const;
type Field = keyof typeof KB_CSV_COLUMNS;

export function parseKbCsv(file: TKbImportFile): KbParseResult {
  const out = emptyResult();
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(file.text, { columns: true, info: true, bom: true, skip_empty_lines: true, relax_column_count: true, trim: false });
  } catch (error) {
    out.rejections.push({ file: file.name, record: 0, reason: `Not a readable CSV file: ${error instanceof Error ? error.message : String(error)}` });
    return out;
  }
  const header = rows[0] ? Object.keys(rows[0].record) : [];
  const column = resolveColumns(header);
  if (column.title === undefined || column.body === undefined) {
    const missing = (["title", "body"] as const).filter((f) => column[f] === undefined).join(" and ");
    out.rejections.push({ file: file.name, record: 0, line: 1, reason: `No ${missing} column (recognised names: ${KB_CSV_COLUMNS.title.join(", ")}; ${KB_CSV_COLUMNS.body.join(", ")})` });
    return out;
  }
  let previousEnd = 1;
  rows.forEach(({ record, info }, index) => {
    const get = (f: Field) => (column[f] === undefined ? undefined : record[column[f]!]);
    const line = previousEnd + 1;
    previousEnd = info.lines;
    const id = get("id")?.trim();
    checkRecord(
      {
        title: get("title"),
        body: get("body"),
        category: get("category"),
        owner: get("owner"),
        tags: tagsOf(get("tags")),
        pages: pagesOf(get("pages")),
        status: blankToUndefined(get("status")?.toLowerCase()),
        reviewDue: blankToUndefined(get("reviewDue")),
      },
      { file: file.name, record: index + 1, line, externalId: id ? id : null },
      out,
    );
  });
  return out;
}

function resolveColumns(header: string[]): Partial<Record<Field, string>> {
  const normal = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");
  const result: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(KB_CSV_COLUMNS) as Field[]) {
    const names: readonly string[] = KB_CSV_COLUMNS[field];
    const found = header.find((h) => names.includes(normal(h)));
    if (found !== undefined) result[field] = found;
  }
  return result;
}

const blankToUndefined = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : v.trim());
