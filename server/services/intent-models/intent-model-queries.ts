import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ServiceError } from "../lib/service-error";
import { modelView } from "./model-view";

/** Every trained (or training) intent-model version, newest first, without weights. */
export async function listIntentModels(prisma: PrismaClient) {
  const rows = await prisma.intentModel.findMany({ orderBy: { version: "desc" }, take: 50, omit: { blob: true } });
  return rows.map(modelView);
}

/** One version with its progress while it trains, and its calibration curve once trained. */
export async function getIntentModel(prisma: PrismaClient, version: number) {
  const row = await prisma.intentModel.findUnique({ where: { version }, omit: { blob: true } });
  if (row === null) throw new ServiceError("not-found", `There is no model version ${version}`);
  return modelView(row);
}
