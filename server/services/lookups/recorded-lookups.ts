import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TLookupResult } from "../../../workflows/model/lookup";
import { keptResult, resultOfRow, sourcesFor } from "./kept-results";
import type { LookupPort } from "./lookup-types";

/**
 * Lookups as a backtest makes them: the result the ticket's live run kept, never a call out (a backtest of a
 * thousand tickets must not hit an order system a thousand times, and the answer today is not what the ticket saw).
 */
export function recordedLookups(prisma: PrismaClient): LookupPort {
  return {
    sourcesFor: (intent) => sourcesFor(prisma, intent),
    async lookup({ source, ticketId }): Promise<TLookupResult> {
      const kept = ticketId === null ? null : await keptResult(prisma, ticketId, source);
      if (kept !== null) return resultOfRow(kept);
      return { source, status: "not_recorded", request: null, fields: {}, error: `No lookup of “${source}” was recorded for this ticket; a backtest never calls out` };
    },
  };
}
