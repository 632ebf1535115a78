import "server-only";
import { createReadStream } from "node:fs";
import type { ImportJob, Prisma, PrismaClient } from "@prisma/client";
import { parseImport } from "../../connectors/parse-import";
import type { TImportFormat } from "../../../lib/history-import/import-record";
import { ZCsvMappingSchema, type TCsvMapping } from "../../../lib/history-import/csv-mapping";
import { AUTOMATIC_CATEGORY, type TCategorySource } from "../../../lib/history-import/category-source";
import { currentProcessOwner } from "../../lib/process-owner";
import { ServiceError } from "../lib/service-error";
import { byteCounter } from "./byte-counter";
import { CategoryCensus, countedInto } from "./category-census";
import { categoryOutcome, categorySummary, zendeskJobSettings, type TZendeskJobSettings } from "./category-outcome";
import { importTickets } from "./import-tickets";
import type { ImportCounts } from "./import-types";

/** A running job that has not reported for this long was cut off (its process stopped). */
export const STALE_JOB_MS = 120_000;

/** An upload that cannot be imported as asked; the page shows the message. */
export class ImportJobError extends ServiceError {
  constructor(message: string) {
    super("invalid", message);
  }
}

export interface NewImportJob {
  format: TImportFormat;
  fileName: string;
  filePath: string;
  fileBytes: number;
  actor: string;
  /** Defaults to the format: tickets from the same helpdesk share one id space. */
  source?: string;
}

export function createImportJob(prisma: PrismaClient, job: NewImportJob): Promise<ImportJob> {
  return prisma.importJob.create({
    data: { format: job.format, source: job.source ?? job.format, fileName: job.fileName, filePath: job.filePath, fileBytes: job.fileBytes, actor: job.actor },
  });
}

/**
 * Runs an uploaded job to the end: streams the file through its parser into `importTickets`, writing the
 * counts and bytes read to the job after every batch so the page and the CLI can draw progress. Never throws
 * for bad rows (they are counted); a failure of the file itself (unreadable, wrong format) fails the job with
 * the reason, keeping what was imported before it.
 */
export async function runImportJob(
  prisma: PrismaClient,
  jobId: string,
  opts: {
    mapping?: TCsvMapping;
    /** Zendesk: where the category comes from; default what the job row says, else automatic. */
    category?: TCategorySource;
    batchSize?: number;
    /** The caller already moved the job to running. */
    claimed?: boolean;
    /** After each batch, for a progress bar in the same process. */
    onProgress?: (progress: { counts: ImportCounts; bytesRead: number; fileBytes: number }) => void;
  } = {},
): Promise<ImportJob> {
  const job = await prisma.importJob.findUniqueOrThrow({ where: { id: jobId } });
  if (!job.filePath) throw new ImportJobError("The uploaded file is gone; upload it again");
  const mapping = opts.mapping ?? (job.format === "csv" && job.mapping ? ZCsvMappingSchema.parse(job.mapping) : undefined);
  const zendesk: TZendeskJobSettings | null =
    job.format === "zendesk" ? { category: opts.category ?? zendeskJobSettings(job)?.category ?? AUTOMATIC_CATEGORY } : null;
  if (job.format === "csv" && mapping === undefined) throw new ImportJobError("A CSV import needs a column mapping");
  if (!opts.claimed) {
    // Claimed atomically: two clicks or two processes never import the same upload twice at once.
    const claimed = await prisma.importJob.updateMany({ where: { id: jobId, status: "uploaded" }, data: { status: "running", startedAt: new Date() } });
    if (claimed.count === 0) throw new ImportJobError(`This import is already ${job.status}`);
  }
  // This process runs it from here on: a later start that finds it still running with this owner gone fails it.
  const owner = currentProcessOwner();
  await prisma.importJob.update({ where: { id: jobId }, data: { error: null, owner, mapping: (mapping ?? zendesk ?? undefined) as Prisma.InputJsonValue | undefined } });
  let bytesRead = 0;
  let counts: ImportCounts | null = null;
  try {
    const input = createReadStream(job.filePath).pipe(byteCounter((n) => (bytesRead = n)));
    const census = new CategoryCensus();
    const parsed = parseImport(input, job.format as TImportFormat, { mapping, fileName: job.fileName, category: zendesk?.category });
    const items = zendesk ? countedInto(census, parsed) : parsed;
    const result = await importTickets(prisma, items, {
      source: job.source,
      batchSize: opts.batchSize,
      onBatch: async (latest) => {
        counts = latest;
        await prisma.importJob.update({ where: { id: jobId }, data: { ...latest, bytesRead } });
        opts.onProgress?.({ counts: latest, bytesRead, fileBytes: job.fileBytes });
      },
    });
    const { rejections, ...totals } = result;
    const settings = zendesk ? { ...zendesk, outcome: categoryOutcome(zendesk.category, census.summary()) } : undefined;
    return await prisma.importJob.update({
      where: { id: jobId },
      data: {
        ...totals,
        rejections: rejections as unknown as Prisma.InputJsonValue,
        mapping: settings as Prisma.InputJsonValue | undefined,
        bytesRead: job.fileBytes,
        status: "completed",
        finishedAt: new Date(),
      },
    });
  } catch (error) {
    return prisma.importJob.update({
      where: { id: jobId },
      data: { ...(counts ?? {}), status: "failed", error: error instanceof Error ? error.message : String(error), bytesRead, finishedAt: new Date() },
    });
  }
}

/** A job as shown: running jobs that stopped reporting are called interrupted. */
export function jobView(job: ImportJob, now = new Date()) {
  const interrupted = job.status === "running" && now.getTime() - job.updatedAt.getTime() > STALE_JOB_MS;
  const progress = job.fileBytes > 0 ? Math.min(1, job.bytesRead / job.fileBytes) : job.status === "completed" ? 1 : 0;
  const elapsedSec = job.startedAt ? ((job.finishedAt ?? now).getTime() - job.startedAt.getTime()) / 1000 : 0;
  const { filePath: _internal, owner: _owner, ...shown } = job;
  const zendesk = zendeskJobSettings(job);
  return {
    ...shown,
    /** Zendesk: where the category came from and, once finished, how many tickets got one (and why none did). */
    category: zendesk && {
      source: zendesk.category,
      outcome: zendesk.outcome ?? null,
      summary: zendesk.outcome ? categorySummary(zendesk.category, zendesk.outcome) : null,
    },
    status: interrupted ? ("interrupted" as const) : job.status,
    progress,
    ticketsPerSecond: elapsedSec > 0 ? Math.round(job.records / elapsedSec) : null,
    rejections: (job.rejections ?? []) as Array<{ record: number; line?: number; reason: string }>,
  };
}
export type TImportJobView = ReturnType<typeof jobView>;
