import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ServiceError } from "../lib/service-error";
import { FlowNotFoundError } from "./flow-errors";
import { lastBacktestFigures, type TBacktestFigures } from "./last-backtest-figures";
import { releaseWarnings, type TReleaseWarning } from "./release-warnings";
import { parseStoredGraph } from "./stored-graph";

/** What a publish or make-live confirm says before anything ships. */
export interface TReleaseCheck {
  /** "draft" when publishing; the version going live otherwise. */
  version: { id: string; number: number } | "draft";
  /** The number publishing the draft would give its version. */
  nextVersion: number;
  warnings: TReleaseWarning[];
  /** The newest completed backtest of exactly this graph; null when it was never backtested. */
  backtest: TBacktestFigures | null;
}

/** The draft about to be published, or the active version about to be made live: its warnings and its last backtest. */
export async function releaseCheck(prisma: PrismaClient, input: { flowId: string; target: "draft" | "active" }): Promise<TReleaseCheck> {
  const flow = await prisma.flow.findUnique({
    where: { id: input.flowId },
    select: {
      draftGraph: true,
      activeVersion: { select: { id: true, number: true, graph: true } },
      versions: { select: { number: true }, orderBy: { number: "desc" }, take: 1 },
    },
  });
  if (flow === null) throw new FlowNotFoundError(input.flowId);
  if (input.target === "active" && flow.activeVersion === null) throw new ServiceError("invalid", "This flow has no published version to make live yet: publish the draft first.");
  const active = input.target === "active" ? flow.activeVersion : null;
  const graph = parseStoredGraph(active?.graph ?? flow.draftGraph);
  const [warnings, backtest] = await Promise.all([
    releaseWarnings(prisma, graph),
    lastBacktestFigures(prisma, input.flowId, { versionId: active?.id ?? null, graph }),
  ]);
  const nextVersion = (flow.versions[0]?.number ?? 0) + 1;
  return { version: active === null ? "draft" : { id: active.id, number: active.number }, nextVersion, warnings, backtest };
}
