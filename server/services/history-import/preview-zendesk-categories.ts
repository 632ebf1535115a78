import "server-only";
import { createReadStream } from "node:fs";
import type { PrismaClient } from "@prisma/client";
import { parseImport } from "../../connectors/parse-import";
import { AUTOMATIC_CATEGORY, type TCategorySource } from "../../../lib/history-import/category-source";
import { CategoryCensus, type TCategoryCensus } from "./category-census";
import { ImportJobError } from "./import-jobs";
import { rememberedCategorySource } from "./remembered-category-source";

/** Enough tickets to show which fields and tag prefixes an export uses, read in well under a second. */
export const PREVIEW_RECORDS = 500;

export interface ZendeskCategoryPreview {
  source: string;
  /** The last choice made for this source, to preselect. */
  remembered: TCategorySource | null;
  /** The choice the census below was taken with. */
  chosen: TCategorySource;
  /** Records read (good and bad), and whether that was the whole file. */
  records: number;
  complete: boolean;
  census: TCategoryCensus;
}

/**
 * Reads the first tickets of an uploaded Zendesk export with a category choice (default: the one remembered for
 * its source) and says what they offer: custom fields with example values, tag prefixes, and the categories the
 * choice gives. The import page shows it so the person picks a field instead of guessing an id.
 */
export async function previewZendeskCategories(
  prisma: PrismaClient,
  jobId: string,
  choice?: TCategorySource,
  maxRecords = PREVIEW_RECORDS,
): Promise<ZendeskCategoryPreview> {
  const job = await prisma.importJob.findUnique({ where: { id: jobId } });
  if (job === null || !job.filePath) throw new ImportJobError("No such upload; upload the file again");
  if (job.format !== "zendesk") throw new ImportJobError("Only a Zendesk export has a choice of where the category comes from");
  const remembered = await rememberedCategorySource(prisma, job.source);
  const chosen = choice ?? remembered ?? AUTOMATIC_CATEGORY;
  const census = new CategoryCensus();
  const stream = createReadStream(job.filePath);
  let records = 0;
  let complete = true;
  try {
    for await (const item of parseImport(stream, "zendesk", { fileName: job.fileName, category: chosen })) {
      census.observe(item);
      records += 1;
      if (records >= maxRecords) {
        complete = false;
        break;
      }
    }
  } catch (error) {
    throw new ImportJobError(`This file cannot be read as a Zendesk export: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    stream.destroy();
  }
  return { source: job.source, remembered, chosen, records, complete, census: census.summary() };
}
