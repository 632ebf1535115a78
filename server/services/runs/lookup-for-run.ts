import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { ActivityInputs } from "../../../workflows/interpret/activities";
import type { TLookupResult } from "../../../workflows/model/lookup";
import { lookupContextOf } from "../lookups/lookup-context";
import type { LookupPort } from "../lookups/lookup-types";

/**
 * A run's lookup node asking a data source about its ticket. A shadow run looks up too: a lookup only reads. Any
 * trouble is a "failed" result, never a thrown activity failure: the node has a path for it, and retrying the
 * activity would only call a data source that is down again and again.
 */
export async function lookupForRun(deps: { prisma: PrismaClient; lookups?: LookupPort }, input: ActivityInputs["lookupData"]): Promise<TLookupResult> {
  const { source, ticketId } = input;
  const failed = (error: string): TLookupResult => ({ source, status: "failed", request: null, fields: {}, error });
  if (deps.lookups === undefined) return failed("This worker has no data sources to look up");
  try {
    const context = await lookupContextOf(deps.prisma, ticketId);
    if (context === null) return failed("The ticket is not in the studio's database");
    return await deps.lookups.lookup({ source, ticketId, context });
  } catch (err) {
    return failed(`The lookup failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
