import "server-only";
import { checkRecord, emptyResult, pagesOf, tagsOf, type KbParseResult, type TKbImportFile } from "./kb-import-types";

/**
 * A JSON array of articles ({ title, body, category?, owner?, tags?, pages?, status?, reviewDue?, id? }), or an object
 * with such an array under `articles`. `content` and `markdown` are accepted for `body`.
 */
export function parseKbJson(file: TKbImportFile): KbParseResult {
  const out = emptyResult();
  const list = readArray(file, out, (json) => (Array.isArray(json) ? json : isObject(json) && Array.isArray(json.articles) ? json.articles : null), "an array of articles (or { \"articles\": [...] })");
  list?.forEach((item, index) => {
    const where = { file: file.name, record: index + 1 };
    if (!isObject(item)) {
      out.rejections.push({ ...where, reason: "Not an object" });
      return;
    }
    const id = item.id ?? item.externalId;
    checkRecord(
      {
        title: item.title,
        body: item.body ?? item.content ?? item.markdown,
        category: item.category,
        owner: item.owner,
        tags: tagsOf(item.tags),
        pages: pagesOf(item.pages ?? item.pageUrls ?? item.urls),
        status: item.status,
        reviewDue: item.reviewDue ?? undefined,
      },
      { ...where, externalId: id === undefined || id === null || id === "" ? null : String(id) },
      out,
    );
  });
  return out;
}

/** Parses the file and picks the record array; a file that is not JSON or has no array is one rejection (record 0). */
export function readArray(file: TKbImportFile, out: KbParseResult, pick: (json: unknown) => unknown[] | null, expected: string): unknown[] | null {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    out.rejections.push({ file: file.name, record: 0, reason: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    return null;
  }
  const list = pick(json);
  if (list === null) out.rejections.push({ file: file.name, record: 0, reason: `Expected ${expected}` });
  return list;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
