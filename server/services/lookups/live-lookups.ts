import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TLookupResult } from "../../../workflows/model/lookup";
import { workspaceKey } from "../connections/workspace-key";
import { callDataSource, type TFetch } from "./call-data-source";
import { dataSourceConfig } from "./data-source-config";
import { keepResult, keptResult, resultOfRow, sourcesFor } from "./kept-results";
import type { LookupPort } from "./lookup-types";
import { renderPathTemplate } from "./path-template";

export interface LiveLookupDeps {
  /** The HTTP client; tests hand in their own. */
  fetch?: TFetch;
  /** The workspace key the auth header values are sealed with. */
  key?: () => Buffer;
}

/**
 * Lookups as a live run makes them: one call per ticket and source, its result kept on the ticket.
 *
 * Every outcome is kept (found, not_found, failed, skipped), because the kept row is also what a backtest of the
 * ticket reads, and it should take the path the live run took. But only a found or not_found result answers a
 * later lookup: those are the data source's answer, while a timeout, a 5xx or a missing order number may well be
 * different a moment later (the customer writes the number in their reply), so those are asked again. A kept answer
 * is reused for the same request path (or when the path no longer fills); a tool call asking about another order
 * calls out again.
 * A test ticket (ticketId null) always calls out and keeps nothing.
 */
export function liveLookups(prisma: PrismaClient, deps: LiveLookupDeps = {}): LookupPort {
  const key = deps.key ?? (() => workspaceKey());
  return {
    sourcesFor: (intent) => sourcesFor(prisma, intent),
    async lookup({ source, ticketId, context, args }): Promise<TLookupResult> {
      const loaded = await dataSourceConfig(prisma, source, key());
      if (!loaded.ok) return { source, status: "failed", request: null, fields: {}, error: loaded.error };
      if (ticketId !== null) {
        const kept = await keptResult(prisma, ticketId, source);
        const rendered = renderPathTemplate(loaded.config.pathTemplate, context, args);
        const answered = kept !== null && (kept.status === "found" || kept.status === "not_found");
        // A path that no longer fills (the number was in an earlier message) still has the answer it had.
        if (answered && (!rendered.ok || kept.request === rendered.path)) return resultOfRow(kept);
      }
      const { result } = await callDataSource(loaded.config, context, args, deps.fetch);
      if (ticketId !== null) await keepResult(prisma, ticketId, result);
      return result;
    },
  };
}
