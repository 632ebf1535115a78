import "server-only";
import { z } from "zod";
import { ZKbArticleInputSchema, type TKbArticleInput } from "../kb-article-schema";

/** The formats an article import reads, and the `source` their articles are keyed by (with the record's id). */
export const KB_IMPORT_FORMATS = ["markdown", "csv", "json", "zendesk-macros", "freshdesk-canned"] as const;
export const ZKbImportFormatSchema = z.enum(KB_IMPORT_FORMATS, { error: `Format must be one of ${KB_IMPORT_FORMATS.join(", ")}` });
export type TKbImportFormat = z.infer<typeof ZKbImportFormatSchema>;

export const SOURCE_OF_FORMAT: Record<TKbImportFormat, string> = {
  markdown: "markdown",
  csv: "csv",
  json: "json",
  "zendesk-macros": "zendesk-macro",
  "freshdesk-canned": "freshdesk-canned",
};

/** One file handed to an importer: its name (a relative path for a folder of Markdown) and its text. */
export const ZKbImportFileSchema = z.object({ name: z.string().min(1).max(500), text: z.string().max(20_000_000) });
export type TKbImportFile = z.infer<typeof ZKbImportFileSchema>;

export interface KbImportRecord {
  /** 1-based number of the record in its file (the data row for CSV, the array element for JSON, the file for Markdown). */
  record: number;
  file: string;
  /** The record's id in its source: re-importing the same id updates the article. */
  externalId: string;
  article: TKbArticleInput;
}

export interface KbImportRejection {
  file: string;
  record: number;
  /** CSV: the line the row starts on. */
  line?: number;
  reason: string;
}

export interface KbParseResult {
  records: KbImportRecord[];
  rejections: KbImportRejection[];
}

/** Validates one mapped record; a failure names the field ("title: Title is required"). */
export function checkRecord(
  raw: unknown,
  where: { file: string; record: number; line?: number; externalId: string | null },
  out: KbParseResult,
): void {
  const parsed = ZKbArticleInputSchema.safeParse(raw);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
    out.rejections.push({ file: where.file, record: where.record, line: where.line, reason });
    return;
  }
  const externalId = where.externalId ?? slugOf(parsed.data.title);
  const duplicate = out.records.find((r) => r.externalId === externalId);
  if (duplicate) {
    out.rejections.push({ file: where.file, record: where.record, line: where.line, reason: `Same id "${externalId}" as record ${duplicate.record} of ${duplicate.file}` });
    return;
  }
  out.records.push({ record: where.record, file: where.file, externalId, article: parsed.data });
}

/** An id for records without one: the title, lower-cased, as a slug. */
export function slugOf(title: string): string {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120);
}

/** Tags given as one cell or value: "a, b; c" or an array. */
export function tagsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string") return value.split(/[,;|]/).map((t) => t.trim());
  return [];
}

/**
 * Pages given as one cell or value ("/billing, /cards", "/billing /cards") or an array. Whitespace separates too:
 * it never occurs inside a page address, and people list paths with spaces as often as with commas.
 */
export function pagesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string") return value.split(/[\s,;|]+/).map((p) => p.replace(/^["']|["']$/g, "")).filter((p) => p !== "");
  return [];
}

export function emptyResult(): KbParseResult {
  return { records: [], rejections: [] };
}
