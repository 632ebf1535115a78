import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ServiceError } from "../lib/service-error";
import { jobView } from "./import-jobs";

/** One import job with its progress (share of the file read), counts, speed and rejected rows. */
export async function getImportJobView(prisma: PrismaClient, id: string) {
  const job = await prisma.importJob.findUnique({ where: { id } });
  if (job === null) throw new ServiceError("not-found", "No such import");
  return jobView(job);
}

/** The last imports, newest first. */
export async function listImportJobViews(prisma: PrismaClient) {
  const jobs = await prisma.importJob.findMany({ orderBy: { createdAt: "desc" }, take: 20 });
  return jobs.map((job) => jobView(job));
}
