import type { PrismaClient } from "@prisma/client";
import { loadDraft } from "./publish-flow-version";
import { writeFlowVersion, type WrittenFlowVersion } from "./write-flow-version";

/**
 * Freezes the saved draft (checked against `draftHash` when given, as for publishing) into a new immutable version with status "shadow" and makes it the flow's shadow
 * version (a previous shadow is retired). The active version is untouched.
 *
 * Not wired yet: the live path (server/services/flows/live-flow.ts findLiveVersion → ticketFlow) starts
 * only the active version; nothing starts shadow runs (FlowRun.shadow) until the shadow driver lands.
 * Until then this records the intent and makes the version visible in history and diffs.
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
