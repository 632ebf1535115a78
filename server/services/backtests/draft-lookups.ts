import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { aiRequestOf } from "../../../workflows/interpret/replay/ai-request";
import type { AiRequest } from "../../../workflows/interpret/replay/types";
import { resultOfRow, sourcesFor } from "../lookups/kept-results";
import type { TDataSourceSummary } from "../lookups/lookup-types";

/**
 * Drafts of a backtest as they are asked and cached: a draft whose intent has data sources is asked with the results
 * the ticket's live run kept for them (in one query per batch), so its cached answer is keyed by those results and a
 * kept result that changes is a different question, not a stale answer. A source with nothing kept is left to the
 * recorded port, which answers "not recorded" without calling out.
 */
export function draftLookups(prisma: PrismaClient) {
  const sourcesByIntent = new Map<string, Promise<TDataSourceSummary[]>>();
  const sourcesOf = (intent: string | null) => {
    const key = intent ?? "\u0000";
    let sources = sourcesByIntent.get(key);
    if (sources === undefined) sourcesByIntent.set(key, (sources = sourcesFor(prisma, intent)));
    return sources;
  };

  return {
    /** The request to ask and key the answer by, for each given draft request that gains kept results. */
    async withKeptResults(requests: readonly AiRequest[]): Promise<Map<AiRequest, AiRequest>> {
      const wanted: Array<{ request: Extract<AiRequest, { name: "draftReply" }>; sources: string[] }> = [];
      for (const r of requests) {
        // As in drafting: only a known intent has data sources of its own.
        if (r.name !== "draftReply" || r.input.intent === null) continue;
        const have = new Set((r.input.lookups ?? []).map((l) => l.source));
        const sources = (await sourcesOf(r.input.intent)).map((s) => s.name).filter((s) => !have.has(s));
        if (sources.length > 0) wanted.push({ request: r, sources });
      }
      const asked = new Map<AiRequest, AiRequest>();
      if (wanted.length === 0) return asked;
      const rows = await prisma.lookupResult.findMany({
        where: { ticketId: { in: [...new Set(wanted.map((w) => w.request.input.ticketId))] }, source: { in: [...new Set(wanted.flatMap((w) => w.sources))] } },
      });
      const kept = new Map(rows.map((row) => [`${row.ticketId}\u0000${row.source}`, resultOfRow(row)]));
      for (const { request, sources } of wanted) {
        const found = sources.flatMap((s) => kept.get(`${request.input.ticketId}\u0000${s}`) ?? []);
        if (found.length === 0) continue;
        asked.set(request, aiRequestOf("draftReply", { ...request.input, lookups: [...(request.input.lookups ?? []), ...found] }));
      }
      return asked;
    },
  };
}

/**
 * Names the workspace's data sources (their intents, variables, fields and answer templates) for the cache's model
 * version: a template or source that changes changes the drafts. Empty without data sources, so a workspace that has
 * none keeps the answers it cached before.
 */
export async function dataSourcesVersion(prisma: PrismaClient): Promise<string> {
  const sources = await sourcesFor(prisma, null);
  if (sources.length === 0) return "";
  return `;data-${createHash("sha1").update(JSON.stringify(sources)).digest("hex").slice(0, 8)}`;
}

