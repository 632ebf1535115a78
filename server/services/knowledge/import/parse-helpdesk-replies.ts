import "server-only";
import { checkRecord, emptyResult, type KbParseResult, type TKbImportFile } from "./kb-import-types";
import { htmlToMarkdown } from "./html-to-markdown";
import { isObject, readArray } from "./parse-kb-json";

/**
 * Zendesk macros (`{ macros: [{ id, title, actions: [{ field, value }] }] }`, as the macros API lists them) become
 * articles from their comment action: `comment_value` is text, `comment_value_html` is HTML. A macro that only sets
 * fields (no comment) is reported, not imported. Zendesk's "::" in titles (its folders) becomes a tag per level.
 */
export function parseZendeskMacros(file: TKbImportFile): KbParseResult {
  const out = emptyResult();
  const list = readArray(file, out, (json) => (isObject(json) && Array.isArray(json.macros) ? json.macros : Array.isArray(json) ? json : isObject(json) && isObject(json.macro) ? [json.macro] : null), '{ "macros": [...] }');
  list?.forEach((macro, index) => {
    const where = { file: file.name, record: index + 1 };
    if (!isObject(macro)) return void out.rejections.push({ ...where, reason: "Not an object" });
    if (macro.id === undefined || macro.id === null) return void out.rejections.push({ ...where, reason: "The macro has no id" });
    const actions = Array.isArray(macro.actions) ? macro.actions.filter(isObject) : [];
    const comment = actions.find((a) => a.field === "comment_value_html") ?? actions.find((a) => a.field === "comment_value");
    if (comment === undefined) return void out.rejections.push({ ...where, reason: "The macro has no comment action (comment_value or comment_value_html): it only changes fields" });
    const value = commentText(comment.value);
    const body = comment.field === "comment_value_html" ? htmlToMarkdown(value) : value.trim();
    const parts = typeof macro.title === "string" ? macro.title.split("::").map((p) => p.trim()).filter(Boolean) : [];
    checkRecord(
      { title: parts.at(-1) ?? macro.title, body, tags: parts.slice(0, -1), status: macro.active === false ? "draft" : "published" },
      { ...where, externalId: String(macro.id) },
      out,
    );
  });
  return out;
}

/** Freshdesk canned responses (`[{ id, title, content_html }]`, or `{ canned_responses: [...] }`). */
export function parseFreshdeskCanned(file: TKbImportFile): KbParseResult {
  const out = emptyResult();
  const list = readArray(file, out, (json) => (Array.isArray(json) ? json : isObject(json) && Array.isArray(json.canned_responses) ? json.canned_responses : null), "an array of canned responses");
  list?.forEach((reply, index) => {
    const where = { file: file.name, record: index + 1 };
    if (!isObject(reply)) return void out.rejections.push({ ...where, reason: "Not an object" });
    if (reply.id === undefined || reply.id === null) return void out.rejections.push({ ...where, reason: "The canned response has no id" });
    const html = typeof reply.content_html === "string" ? reply.content_html : typeof reply.content === "string" ? reply.content : "";
    checkRecord({ title: reply.title, body: htmlToMarkdown(html) }, { ...where, externalId: String(reply.id) }, out);
  });
  return out;
}

/** Zendesk sends a comment's value as a string, or as [channel, text] in older exports. */
function commentText(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return String(value.filter((v) => typeof v === "string").at(-1) ?? "");
  return "";
}
