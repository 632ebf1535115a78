import "server-only";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { PARTIAL_SUFFIX, uploadDir } from "./save-upload";

/** Uploads are kept this many days by default (STUDIO_UPLOAD_RETENTION_DAYS changes it): time to map and re-run. */
export const DEFAULT_UPLOAD_RETENTION_DAYS = 7;
/**
 * A partial file untouched this long belongs to no upload in progress (a live upload writes to it continuously),
 * and a complete file without a job this long will never get one (the job is stored the moment the file is).
 */
export const ABANDONED_AFTER_MS = 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

export interface UploadSweepResult {
  /** Uploads past the retention period, removed and their jobs told the file is gone. */
  expired: number;
  /** Partial files an upload that failed or a stopped process left behind. */
  partials: number;
  /** Complete files no import job refers to. */
  orphans: number;
}

export function uploadRetentionDays(): number {
  const days = Number(process.env.STUDIO_UPLOAD_RETENTION_DAYS);
  return Number.isFinite(days) && days > 0 ? days : DEFAULT_UPLOAD_RETENTION_DAYS;
}

/**
 * Removes what the upload folder no longer needs: uploads older than the retention period (unless an import is
 * reading them right now), abandoned partials and files no job refers to. Only the upload folder is looked at: an
 * import the CLI ran reads the person's own file where it lies, and that is never touched. A job whose file is gone
 * loses its path, so starting it says to upload again instead of failing on a missing file.
 */
export async function sweepUploads(prisma: PrismaClient, o: { now?: Date; retentionDays?: number } = {}): Promise<UploadSweepResult> {
  const now = (o.now ?? new Date()).getTime();
  const retentionMs = (o.retentionDays ?? uploadRetentionDays()) * DAY_MS;
  const dir = uploadDir();
  const result: UploadSweepResult = { expired: 0, partials: 0, orphans: 0 };
  const jobs = await prisma.importJob.findMany({ where: { filePath: { startsWith: dir + path.sep } }, select: { id: true, filePath: true, status: true } });
  const jobByPath = new Map(jobs.map((job) => [job.filePath!, job]));
  const gone: string[] = jobs.filter((job) => job.status !== "running" && !existsSync(job.filePath!)).map((job) => job.id);

  for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
    if (!entry.isFile()) continue;
    const filePath = path.join(dir, entry.name);
    const age = now - modifiedAt(filePath);
    const job = jobByPath.get(filePath);
    // A job's file first: an uploaded file may itself be called "….part".
    if (job !== undefined) {
      if (job.status !== "running" && age > retentionMs && remove(filePath)) {
        gone.push(job.id);
        result.expired++;
      }
    } else if (age > ABANDONED_AFTER_MS && remove(filePath)) {
      if (entry.name.endsWith(PARTIAL_SUFFIX)) result.partials++;
      else result.orphans++;
    }
  }
  // Only jobs not running: one that started between the listing and here keeps its file and its path.
  if (gone.length > 0) await prisma.importJob.updateMany({ where: { id: { in: gone }, status: { not: "running" } }, data: { filePath: null } });
  return result;
}

function modifiedAt(filePath: string): number {
  try {
    return statSync(filePath).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY; // gone already: nothing to remove
  }
}

function remove(filePath: string): boolean {
  try {
    rmSync(filePath, { force: true });
    return true;
  } catch {
    return false; // still in use or not ours to remove: the next sweep tries again
  }
}
