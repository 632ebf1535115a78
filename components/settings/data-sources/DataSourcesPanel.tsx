"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { DatabaseZap, Plus } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { RelativeTime } from "../connections/RelativeTime";
import { DataSourceForm, EMPTY_DATA_SOURCE } from "./DataSourceForm";
import { LookupStatusBadge } from "./LookupStatusBadge";
import type { TDataSourceRow } from "./types";

/** The data sources with their status and latest lookup; "Add data source" opens the form in place. */
export function DataSourcesPanel({ sources, intentLabels, now }: { sources: TDataSourceRow[]; intentLabels: { labels: string[]; source: string | null }; now: Date }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.dataSources.create.mutationOptions());
  const [adding, setAdding] = useState(false);
  return (
    <div className="space-y-3">
      {!adding && (
        <Button variant={sources.length === 0 ? "primary" : "secondary"} onClick={() => setAdding(true)}>
          <Plus className="size-3.5" aria-hidden /> Add data source
        </Button>
      )}
      {adding && (
        <div className="rounded-lg bg-white p-4 ring-1 ring-zinc-200">
          <DataSourceForm
            initial={EMPTY_DATA_SOURCE}
            secretSet={false}
            intentLabels={intentLabels}
            submitLabel="Add data source"
            busy={create.isPending}
            serverError={create.error}
            onCancel={() => {
              create.reset();
              setAdding(false);
            }}
            onSubmit={(values) =>
              create.mutateAsync(values).then(
                (saved) => router.push(`/settings/data-sources/${encodeURIComponent(saved.id)}?added=1`),
                () => undefined,
              )
            }
          />
        </div>
      )}
      {sources.length === 0 ? (
        !adding && (
          <EmptyState icon={DatabaseZap} title="No data sources yet">
            A data source is one of your own systems the studio can ask about a ticket — your order system, billing or shipping API. With one, a
            flow can look up the order a customer writes about, and the AI can answer “where is my order?” with its real status instead of handing
            the ticket to a person.
          </EmptyState>
        )
      ) : (
        <Table caption="Data sources">
          <THead>
            <tr>
              <TH>Name</TH>
              <TH>Asks</TH>
              <TH>Intents</TH>
              <TH>Status</TH>
              <TH className="w-72">Latest lookup</TH>
            </tr>
          </THead>
          <TBody>
            {sources.map((s) => (
              <TR key={s.id}>
                <TD className="font-medium">
                  <Link href={`/settings/data-sources/${encodeURIComponent(s.id)}`} className="rounded text-indigo-700 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
                    {s.name}
                  </Link>
                  {s.description && <span className="block text-xs font-normal text-zinc-500">{s.description}</span>}
                </TD>
                <TD className="max-w-72 break-all font-mono text-xs text-zinc-700">{s.pathTemplate}</TD>
                <TD className="text-zinc-700">{s.intents.length ? s.intents.join(", ") : <span className="text-zinc-500">Flows only</span>}</TD>
                <TD>
                  {s.secretUnreadable ? (
                    <Badge tone="red" title="The saved auth header value no longer opens with this workspace’s key; enter it again">Secret lost</Badge>
                  ) : s.enabled ? (
                    <Badge tone="green">On</Badge>
                  ) : (
                    <Badge>Off</Badge>
                  )}
                </TD>
                <TD>
                  {s.lastLookup === null ? (
                    <span className="text-zinc-500">None yet</span>
                  ) : (
                    <span className="block">
                      <LookupStatusBadge status={s.lastLookup.status} /> <RelativeTime value={s.lastLookup.fetchedAt} now={now} />
                      {s.lastLookup.error && <span className="mt-0.5 line-clamp-2 block text-xs text-zinc-600">{s.lastLookup.error}</span>}
                    </span>
                  )}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
