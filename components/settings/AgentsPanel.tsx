"use client";

import { Fragment } from "react";
import { useMutation } from "@tanstack/react-query";
import { Plus, Users } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { EmptyState } from "@/components/ui/EmptyState";
import { errorText } from "@/components/ui/error-text";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { weekSummary } from "@/lib/settings/week-summary";
import type { RouterOutputs } from "@/server/api/root";
import { AgentForm } from "./AgentForm";
import { RowActions } from "./RowActions";
import { useEditInPlace } from "./useEditInPlace";

type Agent = RouterOutputs["agents"]["list"][number];

const EMPTY = { name: "", email: "", skills: [], capacity: 10, workingHours: null, queueId: null };

/** The agents tickets are routed to; admins add, edit and remove them in place. */
export function AgentsPanel({ agents, queues, canEdit }: { agents: Agent[]; queues: Array<{ id: string; name: string }>; canEdit: boolean }) {
  const trpc = useTRPC();
  const create = useMutation(trpc.agents.create.mutationOptions());
  const update = useMutation(trpc.agents.update.mutationOptions());
  const remove = useMutation(trpc.agents.delete.mutationOptions());
  const { editing, deleting, done, close, setDeleting, open, finish } = useEditInPlace<Agent>([create.reset, update.reset]);
  const columns = canEdit ? 7 : 6;

  return (
    <div className="space-y-3">
      {canEdit && editing !== "new" && (
        <Button onClick={() => open("new")}>
          <Plus className="size-3.5" aria-hidden /> New agent
        </Button>
      )}
      {editing === "new" && (
        <div className="rounded-lg bg-white p-4 ring-1 ring-zinc-200">
          <AgentForm
            initial={EMPTY}
            queues={queues}
            submitLabel="Add agent"
            busy={create.isPending}
            serverError={create.error}
            onCancel={close}
            onSubmit={(agent) => create.mutateAsync(agent).then((a) => finish(`Added ${a.name}.`), () => undefined)}
          />
        </div>
      )}
      {done && (
        <p role="status" className="text-[13px] text-emerald-700">
          {done}
        </p>
      )}
      {agents.length === 0 ? (
        <EmptyState icon={Users} title="No agents yet">
          Routes assign tickets to the agents of a queue. {canEdit ? "Add the first one with “New agent”." : "An admin can add them here."}
        </EmptyState>
      ) : (
        <Table caption="Agents">
          <THead>
            <tr>
              <TH>Name</TH>
              <TH>Queue</TH>
              <TH>Skills</TH>
              <TH className="text-right">Open / capacity</TH>
              <TH>Working hours</TH>
              <TH>Email</TH>
              {canEdit && <TH className="w-36">Actions</TH>}
            </tr>
          </THead>
          <TBody>
            {agents.map((a) => (
              <Fragment key={a.id}>
                <TR>
                  <TD className="font-medium">{a.name}</TD>
                  <TD>{a.queue?.name ?? <span className="text-zinc-400">—</span>}</TD>
                  <TD>
                    <span className="flex flex-wrap gap-1">
                      {a.skills.length > 0 ? a.skills.map((s) => <Badge key={s}>{s}</Badge>) : <span className="text-zinc-400">—</span>}
                    </span>
                  </TD>
                  <TD className="text-right tabular-nums">
                    {a.openTickets > a.capacity ? (
                      <span className="font-medium text-amber-700" title={`${a.openTickets - a.capacity} open tickets over capacity`}>
                        {a.openTickets} / {a.capacity}
                        <span className="sr-only"> (over capacity)</span>
                      </span>
                    ) : (
                      <span className={a.openTickets === a.capacity ? "font-medium text-amber-700" : undefined}>
                        {a.openTickets} / {a.capacity}
                      </span>
                    )}
                  </TD>
                  <TD className="text-zinc-700">{a.workingHours === null ? <span className="text-zinc-500">Workspace hours</span> : weekSummary(a.workingHours)}</TD>
                  <TD className="text-zinc-600">{a.email}</TD>
                  {canEdit && (
                    <TD>
                      <RowActions
                        noun="agent"
                        name={a.name}
                        removeWord="Remove"
                        editing={editing === a.id}
                        onEdit={() => open(a.id)}
                        onRemove={() => {
                          remove.reset();
                          setDeleting(a);
                        }}
                      />
                    </TD>
                  )}
                </TR>
                {editing === a.id && (
                  <tr>
                    <td colSpan={columns} className="bg-zinc-50 px-3 py-3">
                      <AgentForm
                        initial={{ name: a.name, email: a.email, skills: a.skills, capacity: a.capacity, workingHours: a.workingHours, queueId: a.queue?.id ?? null }}
                        queues={queues}
                        submitLabel="Save agent"
                        busy={update.isPending}
                        serverError={update.error}
                        serverPrefix="agent."
                        onCancel={close}
                        onSubmit={(agent) => update.mutateAsync({ id: a.id, agent }).then((saved) => finish(`Saved ${saved.name}.`), () => undefined)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </TBody>
        </Table>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        busy={remove.isPending}
        title={`Remove ${deleting?.name ?? ""}?`}
        description="Routes stop assigning new tickets to them; tickets they already have keep them as assignee."
        error={remove.error ? errorText(remove.error) : null}
        confirmLabel="Remove agent"
        busyLabel="Removing…"
        focusCancel
        onConfirm={() => {
          if (deleting === null) return;
          const name = deleting.name;
          remove.mutateAsync({ id: deleting.id }).then(
            () => {
              finish(`Removed ${name}.`);
            },
            () => undefined,
          );
        }}
      />
    </div>
  );
}
