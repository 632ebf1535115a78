"use client";

import { useState } from "react";
import Link from "next/link";
import { PlugZap, Plus } from "lucide-react";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { AddConnection } from "./AddConnection";
import { EnabledBadge, LastError } from "./ConnectionStatus";
import { RelativeTime } from "./RelativeTime";
import type { TConnectionKindOption, TConnectionRow } from "./types";

/** The helpdesks the studio runs on top of, each with its status; "Add connection" opens the form in place. */
export function ConnectionsPanel({ connections, kinds, now }: { connections: TConnectionRow[]; kinds: TConnectionKindOption[]; now: Date }) {
  const [adding, setAdding] = useState(false);
  return (
    <div className="space-y-3">
      {!adding && (
        <Button variant={connections.length === 0 ? "primary" : "secondary"} onClick={() => setAdding(true)}>
          <Plus className="size-3.5" aria-hidden /> Add connection
        </Button>
      )}
      {adding && <AddConnection kinds={kinds} onCancel={() => setAdding(false)} />}
      {connections.length === 0 ? (
        !adding && (
          <EmptyState icon={PlugZap} title="No helpdesk connected yet">
            Connect Zendesk, Intercom or Freshdesk so published flows run on the tickets your team already works there: the helpdesk
            sends new tickets and replies to the studio, and the flows’ replies, notes, groups and tags go back to it. Your own
            system can do the same with signed requests.
          </EmptyState>
        )
      ) : (
        <Table caption="Helpdesk connections">
          <THead>
            <tr>
              <TH>Name</TH>
              <TH>Helpdesk</TH>
              <TH>Status</TH>
              <TH>Last event received</TH>
              <TH>Last call made</TH>
              <TH className="w-80">Last error</TH>
            </tr>
          </THead>
          <TBody>
            {connections.map((c) => (
              <TR key={c.id}>
                <TD className="font-medium">
                  <Link href={`/settings/connections/${encodeURIComponent(c.id)}`} className="rounded text-indigo-700 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
                    {c.name}
                  </Link>
                </TD>
                <TD>{c.title}</TD>
                <TD>
                  <EnabledBadge connection={c} />
                </TD>
                <TD>
                  <RelativeTime value={c.lastEventAt} now={now} never="None yet" />
                </TD>
                <TD>
                  <RelativeTime value={c.lastCallAt} now={now} never="None yet" />
                </TD>
                <TD>
                  <LastError connection={c} now={now} />
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
