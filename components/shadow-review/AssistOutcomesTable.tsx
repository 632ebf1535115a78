import type { RouterOutputs } from "@/server/api/root";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { pct } from "./format";

type Row = RouterOutputs["shadowReview"]["assistOutcomes"][number];

/**
 * Tier 2 drafts per intent: what agents did with the AI's drafts in assist mode. Beside the shadow verdicts, it is the
 * same question answered by real sends, so it sits where a category's switch to autonomous is decided.
 */
export function AssistOutcomesTable({ rows }: { rows: Row[] }) {
  return (
    <section aria-labelledby="tier2-title" className="mt-8 space-y-2">
      <h2 id="tier2-title" className="text-sm font-semibold text-zinc-900">
        Tier 2 drafts
      </h2>
      <p className="text-xs text-zinc-600">
        Drafts the AI left for agents in assist mode, and what the agents did with them. &quot;Edited&quot; changed up to half of the words; more than that is
        &quot;rewritten&quot;. Emptying the reply box and writing anew counts as discarded.
      </p>
      {rows.length === 0 ? (
        <p className="text-[13px] text-zinc-500">No AI reply in assist mode has left a draft for an agent yet.</p>
      ) : (
        <Table caption="Tier 2 drafts by intent" aria-label="Tier 2 drafts by intent">
          <THead>
            <TR>
              <TH>Intent</TH>
              <TH className="text-right">Drafts</TH>
              <TH className="text-right">Sent as drafted</TH>
              <TH className="text-right">Edited</TH>
              <TH className="text-right">Rewritten</TH>
              <TH className="text-right">Discarded</TH>
              <TH className="text-right">Not acted on yet</TH>
              <TH className="text-right">Sent as drafted rate</TH>
            </TR>
          </THead>
          <TBody>
            {rows.map((row) => (
              <TR key={row.intent ?? "(none)"}>
                <TD className="font-medium">{row.intent ?? <span className="text-zinc-500">(none)</span>}</TD>
                <TD className="text-right tabular-nums">{row.drafts}</TD>
                <TD className="text-right tabular-nums">{row.outcomes.sent}</TD>
                <TD className="text-right tabular-nums">{row.outcomes.edited}</TD>
                <TD className="text-right tabular-nums">{row.outcomes.rewritten}</TD>
                <TD className="text-right tabular-nums">{row.outcomes.discarded}</TD>
                <TD className="text-right tabular-nums">{row.open}</TD>
                <TD className="text-right tabular-nums">{pct(row.asDraftedRate)}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
