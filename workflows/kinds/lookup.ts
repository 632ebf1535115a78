import { z } from "zod";
import { compileError, listOf, quote, type CompileNode } from "../compile/context";
import type { ActivityResult } from "../interpret/activities";
import { callActivity, ticketId, type StepOutcome } from "../interpret/step-kit";
import type { TLookupResult } from "../model/lookup";
import type { CompileError, CompileOptions, PlanNodeOf } from "../model/plan";
import type { KindDef } from "./kind-def";
import { label } from "./shared/schema-parts";

/** Looks the ticket up in a data source (an order system, a billing API) and branches on what it found. */
export const ZLookupDataSchema = z.object({
  label,
  source: z.string().trim().min(1, "Pick a data source"),
});

export const lookup: KindDef<"lookup"> = {
  title: "Look up data",
  schema: ZLookupDataSchema,
  outputs: () => [
    { id: "found", label: "found", required: true },
    { id: "not-found", label: "not found", required: true },
    // Optional: most flows treat a source that is down like a record that is not there.
    { id: "failed", label: "failed", required: false },
  ],
  check: (node, data, options) => checkDataSource(node, data.source, options),
  defaultLabel: (data) => `Look up ${data.source}`,
  enter: (node, ctx) => callActivity("lookupData", { ticketId: ticketId(ctx.state), source: node.config.source }, "looked-up"),
  resume(node, ctx, _phase, outcome) {
    const source = node.config.source;
    const result: TLookupResult = outcome.ok ? (outcome.value as ActivityResult<"lookupData">) : { source, status: "failed", fields: {}, error: outcome.error };
    ctx.state.facts.lookups = { ...ctx.state.facts.lookups, [source]: result };
    return branch(node, result);
  },
};

/** found: its fields; not found, skipped and not recorded (a backtest without a recorded result): "not found". */
function branch(node: PlanNodeOf<"lookup">, result: TLookupResult): StepOutcome {
  const source = node.config.source;
  const at = result.request ? ` at ${result.request}` : "";
  const cached = result.cached === true ? " (this ticket's earlier result)" : "";
  const details: Record<string, unknown> = { dataSource: source, request: result.request ?? null, status: result.status, fields: result.fields, cached: result.cached === true };
  if (result.error) details["error"] = result.error;
  switch (result.status) {
    case "found": {
      const names = Object.keys(result.fields);
      const read = names.length > 0 ? `: ${names.join(", ")}` : "";
      return { kind: "go", handle: "found", decision: "found", reason: `Found in ${source}${at}${cached}${read}`, details };
    }
    case "not_found":
      return { kind: "go", handle: "not-found", decision: "not found", reason: `Nothing in ${source}${at}${cached}`, details };
    case "skipped":
      return { kind: "go", handle: "not-found", decision: "skipped", reason: `Did not look up ${source}. ${result.error ?? "The ticket lacks what the request needs."}`, details };
    case "not_recorded":
      return { kind: "go", handle: "not-found", decision: "not recorded", reason: `No recorded result of ${source} for this ticket, so a backtest takes "not found"`, details };
    case "failed":
      return {
        kind: "go",
        handle: node.next["failed"] !== undefined ? "failed" : "not-found",
        decision: "failed",
        reason: result.error ? `${source}${at}: ${result.error}` : `Looking up ${source}${at} failed`,
        details,
      };
  }
}

/** A lookup must name a data source the workspace has, when the compiler is told which exist. */
function checkDataSource(node: CompileNode, source: string, options: CompileOptions): CompileError[] {
  const known = options.knownDataSources;
  if (known === undefined || known.includes(source)) return [];
  const near = known.find((s) => s.toLowerCase() === source.trim().toLowerCase());
  const hint = near !== undefined ? `did you mean ${quote(near)}?` : known.length > 0 ? `pick one of ${listOf(known.map(quote))}` : "add it in Settings → Data sources first";
  const message = `${node.name}: there is no data source ${quote(source)} in this workspace; ${hint}`;
  return [compileError({ code: "unknown-data-source", message, nodeId: node.id, field: "source" })];
}
