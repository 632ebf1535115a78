import "server-only";
import { parseKbCsv } from "./parse-kb-csv";
import { parseKbJson } from "./parse-kb-json";
import { parseKbMarkdownFiles } from "./parse-kb-markdown";
import { parseFreshdeskCanned, parseZendeskMacros } from "./parse-helpdesk-replies";
import { emptyResult, type KbParseResult, type TKbImportFile, type TKbImportFormat } from "./kb-import-types";

/** Reads the files of one import in the given format; every record is either a valid article or a rejection. */
export function parseKbImport(format: TKbImportFormat, files: TKbImportFile[]): KbParseResult {
  if (format === "markdown") return parseKbMarkdownFiles(files);
  const perFile = (parseFile: (file: TKbImportFile) => KbParseResult) => {
    const all = emptyResult();
    for (const file of files) {
      const result = parseFile(file);
      for (const record of result.records) {
        const earlier = all.records.find((r) => r.externalId === record.externalId);
        if (earlier) all.rejections.push({ file: record.file, record: record.record, reason: `Same id "${record.externalId}" as record ${earlier.record} of ${earlier.file}` });
        else all.records.push(record);
      }
      all.rejections.push(...result.rejections);
    }
    return all;
  };
  switch (format) {
    case "csv":
      return perFile(parseKbCsv);
    case "json":
      return perFile(parseKbJson);
    case "zendesk-macros":
      return perFile(parseZendeskMacros);
    case "freshdesk-canned":
      return perFile(parseFreshdeskCanned);
    default: {
      const never: never = format;
      throw new Error(`Unknown format ${String(never)}`);
    }
  }
}
