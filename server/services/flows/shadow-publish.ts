import "server-only";
import type { PrismaClient } from "@prisma/client";
import { loadDraft } from "./publish-flow-version";
import { writeFlowVersion, type WrittenFlowVersion } from "./write-flow-version";

/**
 * Freezes the saved draft (checked against `draftHash` when given, as for publishing) into a new immutable version with status "shadow" and makes it the flow's shadow
 * version (a previous shadow is retired). The active version is untouched.
 *
 * When the flow is live, every new ticket also starts a shadow run of this version (create-ticket.ts):
 * same interpreter, read-only activities for real, effects recorded in its trace but never carried out.
 */
export async function shadowPublish(
  prisma: PrismaClient,
  input: { flowId: string; actor: string; message?: string; draftHash?: string },
): Promise<WrittenFlowVersion> {
  return writeFlowVersion(prisma, {
    flowId: input.flowId,
    graph: await loadDraft(prisma, input.flowId, input.draftHash),
    actor: input.actor,
    message: input.message ?? "",
    role: "shadow",
    audit: { action: "flow.shadow-publish" },
  });
}
