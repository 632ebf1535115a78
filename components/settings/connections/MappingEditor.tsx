"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { ErrorState } from "@/components/ui/ErrorState";
import { errorText } from "@/components/ui/error-text";
import { Skeleton } from "@/components/ui/Skeleton";
import { FormStatus } from "../form-parts";
import { MappingTable, type TMappingRow } from "./MappingTable";

/**
 * Queue ↔ group and agent ↔ helpdesk user, pre-filled with the saved mappings and suggestions by name and email,
 * editable, saved together. The helpdesk's groups and agents are read when the editor opens.
 */
export function MappingEditor({ id, title, version }: { id: string; title: string; /** The connection's last save: new credentials read the helpdesk again. */ version: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const suggest = useMutation(trpc.connections.suggestMappings.mutationOptions());
  const save = useMutation(trpc.connections.saveMappings.mutationOptions({ onSuccess: () => router.refresh() }));
  const [queues, setQueues] = useState<TMappingRow[]>([]);
  const [agents, setAgents] = useState<TMappingRow[]>([]);
  const { mutate: load } = suggest;

  useEffect(() => {
    load(
      { id },
      {
        onSuccess: (data) => {
          setQueues(data.queues.map((q) => ({ local: q.local, label: q.local, remoteId: q.remoteId, remoteName: q.remoteName, source: q.source })));
          setAgents(data.agents.map((a) => ({ local: a.local, label: `${a.name} <${a.local}>`, remoteId: a.remoteId, remoteName: a.remoteName, source: a.source })));
        },
      },
    );
  }, [id, version, load]);

  if (suggest.isPending || suggest.isIdle) {
    return (
      <div role="status" aria-label={`Reading groups and agents from ${title}…`} className="space-y-2 rounded-lg bg-white p-4 ring-1 ring-zinc-200">
        <p className="text-[13px] text-zinc-600">Reading groups and agents from {title}…</p>
        <Skeleton className="h-6 w-full" />
        <Skeleton className="h-6 w-2/3" />
      </div>
    );
  }
  if (suggest.isError) {
    return (
      <ErrorState
        title={`Could not read ${title}’s groups and agents`}
        message={errorText(suggest.error)}
        action={
          <Button onClick={() => load({ id })} size="sm">
            Try again
          </Button>
        }
      />
    );
  }
  const data = suggest.data;

  function submit(event: FormEvent) {
    event.preventDefault();
    const rows = (list: TMappingRow[]) => list.map((r) => ({ local: r.local, remoteId: r.remoteId, remoteName: r.remoteName }));
    save.mutate({ connectionId: id, queues: rows(queues), agents: rows(agents) });
  }

  return (
    <form onSubmit={submit} aria-label="Mappings" className="space-y-4">
      <MappingTable
        caption="Queues"
        localHeading="Studio queue"
        remoteHeading={`${title} group`}
        empty="The studio has no queues yet; add them under Settings → Queues."
        rows={queues}
        remotes={data.groups}
        title={title}
        onChange={(rows) => {
          save.reset();
          setQueues(rows);
        }}
      />
      <MappingTable
        caption="Agents"
        localHeading="Studio agent"
        remoteHeading={`${title} user`}
        empty="The studio has no agents yet; add them under Settings → Agents."
        rows={agents}
        remotes={data.users}
        title={title}
        onChange={(rows) => {
          save.reset();
          setAgents(rows);
        }}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save mappings"}
        </Button>
        <FormStatus error={save.error ? errorText(save.error) : null} done={save.data ? `Saved: ${save.data.queues} ${save.data.queues === 1 ? "queue" : "queues"} and ${save.data.agents} ${save.data.agents === 1 ? "agent" : "agents"} mapped.` : null} />
      </div>
    </form>
  );
}
