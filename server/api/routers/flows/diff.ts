import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { diffFlowVersions, diffVersionAgainstDraft } from "@/server/services/flows/diff-flow-versions";

export const ZDiffInput = z.union([
  z.object({ fromVersionId: z.string().min(1), toVersionId: z.string().min(1) }),
  z.object({ versionId: z.string().min(1), against: z.literal("draft") }),
]);

/** Nodes and edges added / removed / changed between two versions, or between a version and the draft. */
export const diffProcedure = authedProcedure("flows.read")
  .input(ZDiffInput)
  .query(({ ctx, input }) => ("against" in input ? diffVersionAgainstDraft(ctx.prisma, input) : diffFlowVersions(ctx.prisma, input)));
