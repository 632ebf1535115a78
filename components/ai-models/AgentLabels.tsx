import Link from "next/link";
import type { RouterOutputs } from "@/server/api/root";
import { DateTime } from "@/components/ui/DateTime";
import { plural } from "@/components/ui/format";
import { Section } from "@/components/ui/Section";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";

type AgentLabels = RouterOutputs["aiModels"]["agentLabels"];

/** How many of the latest agent labels the page lists. */
const SHOWN = 10;

/**
 * Intents agents corrected on live tickets: labelled rows the next training learns from, next to (and apart from)
 * the history's imported labels.
 */
export function AgentLabels({ rows }: { rows: AgentLabels }) {
  return (
    <Section title="Labels from agents" aside={`${plural(rows.length, "ticket")} relabelled by agents; the next training learns from them, except the held-out tenth it compares versions on`}>
      {rows.length === 0 ? (
        <p className="text-[13px] text-zinc-500">
          No agent labels yet. When an agent flags an AI reply and says what the ticket is really about, the ticket becomes a training row here.
        </p>
      ) : (
        <Table aria-label="Latest labels from agents">
          <THead>
            <TR>
              <TH>Ticket</TH>
              <TH>Intent</TH>
              <TH>Next training</TH>
              <TH>By</TH>
              <TH>When</TH>
            </TR>
          </THead>
          <TBody>
            {rows.slice(0, SHOWN).map((r) => (
              <TR key={r.ticketId}>
                <TD>
                  <Link href={`/inbox/${r.ticketId}`} className="text-indigo-700 hover:underline">
                    {r.subject || "(no subject)"}
                  </Link>
                </TD>
                <TD className="font-mono text-xs">{r.label}</TD>
                <TD>{r.heldOut ? "compares versions on it" : "learns from it"}</TD>
                <TD>{r.agent}</TD>
                <TD>
                  <DateTime value={r.createdAt} />
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </Section>
  );
}
