import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { compileForWorkspace } from "./compile-for-workspace";
import { contentHash } from "./content-hash";
import { FlowCompileError, FlowNotFoundError, FlowStateError } from "./flow-errors";
import { assertPlanFits } from "./plan-size";

/**
 * The one place a FlowVersion row is written (publish, rollback and shadow-publish all come here), so
 * every path compiles, hashes, numbers, audits and refuses no-ops the same way. The row is never updated
 * afterwards except for its lifecycle `status` (published → retired); graph, plan and hash are frozen.
 */
export interface NewFlowVersion {
  flowId: string;
  graph: unknown;
  actor: string;
  message: string;
  /** "active": the version new tickets start on. "shadow": runs alongside the active one without acting. */
  role: "active" | "shadow";
  audit: { action: string; details?: Record<string, Prisma.InputJsonValue> };
}

export interface WrittenFlowVersion {
  id: string;
  number: number;
  contentHash: string;
  status: "published" | "shadow";
  /** The version this one replaced in its role (the previously active or shadow version), if any. */
  replacedVersionId: string | null;
}

export async function writeFlowVersion(prisma: PrismaClient, input: NewFlowVersion): Promise<WrittenFlowVersion> {
  // Compiled with the workspace's queues as they are now: a rollback to a version routing to a deleted
  // queue is refused rather than published broken. The plan is recompiled, never copied from the old row.
  const compiled = await compileForWorkspace(prisma, input.graph);
  if (!compiled.ok) throw new FlowCompileError(compiled.errors);
  assertPlanFits(compiled.plan);
  const hash = contentHash(input.graph);

  return prisma.$transaction(async (tx) => {
    // Row lock: two publishes of one flow at once would otherwise race for the same version number.
    const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Flow" WHERE id = ${input.flowId} FOR UPDATE`;
    if (locked.length === 0) throw new FlowNotFoundError(input.flowId);
    const flow = await tx.flow.findUniqueOrThrow({
      where: { id: input.flowId },
      select: {
        name: true,
        activeVersion: { select: { id: true, number: true, contentHash: true } },
        shadowVersion: { select: { id: true, number: true, contentHash: true } },
      },
    });
    const { activeVersion: active, shadowVersion: shadow } = flow;
    refuseNoOp(input.role, hash, active, shadow, flow.name);

    const last = await tx.flowVersion.findFirst({ where: { flowId: input.flowId }, orderBy: { number: "desc" }, select: { number: true } });
    const replaced = input.role === "active" ? active : shadow;
    if (replaced !== null) await tx.flowVersion.update({ where: { id: replaced.id }, data: { status: "retired" } });

    const status = input.role === "active" ? "published" : "shadow";
    const version = await tx.flowVersion.create({
      data: {
        flowId: input.flowId,
        number: (last?.number ?? 0) + 1,
        graph: input.graph as Prisma.InputJsonValue,
        plan: compiled.plan as unknown as Prisma.InputJsonValue,
        contentHash: hash,
        status,
        author: input.actor,
        message: input.message,
        publishedAt: new Date(),
      },
      select: { id: true, number: true },
    });
    await tx.flow.update({
      where: { id: input.flowId },
      data: input.role === "active" ? { activeVersionId: version.id } : { shadowVersionId: version.id },
    });
    await tx.auditLog.create({
      data: {
        actor: input.actor,
        action: input.audit.action,
        subject: input.flowId,
        details: { version: version.number, versionId: version.id, contentHash: hash, replacedVersion: replaced?.number ?? null, ...input.audit.details },
      },
    });
    return { id: version.id, number: version.number, contentHash: hash, status, replacedVersionId: replaced?.id ?? null };
  });
}

type VersionRef = { id: string; number: number; contentHash: string } | null;

/**
 * Publishing the graph that is already active would only add a duplicate version and bump the number,
 * so it is refused with a message saying why; a shadow needs an active version to run beside.
 */
function refuseNoOp(role: NewFlowVersion["role"], hash: string, active: VersionRef, shadow: VersionRef, flowName: string): void {
  switch (role) {
    case "active":
      if (active?.contentHash === hash) {
        throw new FlowStateError(`Nothing to publish: v${active.number} of "${flowName}" is already active with exactly this graph.`);
      }
      return;
    case "shadow":
      if (active === null) {
        throw new FlowStateError(`"${flowName}" has no active version yet; publish one first, since a shadow version runs alongside the active one.`);
      }
      if (active.contentHash === hash) {
        throw new FlowStateError(`Nothing to shadow: this graph is exactly the active version v${active.number} of "${flowName}".`);
      }
      if (shadow?.contentHash === hash) {
        throw new FlowStateError(`Nothing to shadow: v${shadow.number} of "${flowName}" is already in shadow with exactly this graph.`);
      }
      return;
    default: {
      const never: never = role;
      throw new Error(`Unknown version role ${String(never)}`);
    }
  }
}
