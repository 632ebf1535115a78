"use client";

import { Fragment } from "react";
import { useMutation } from "@tanstack/react-query";
import { ListTree, Plus } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { EmptyState } from "@/components/ui/EmptyState";
import { errorText } from "@/components/ui/error-text";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import type { RouterOutputs } from "@/server/api/root";
import { QueueForm } from "./QueueForm";
import { RowActions } from "./RowActions";
import { useEditInPlace } from "./useEditInPlace";

type Queue = RouterOutputs["queues"]["list"][number];

const EMPTY = { name: "", description: "", skills: [] };

/** The workspace's queues; admins add, rename, describe and delete them in place. */
export function QueuesPanel({ queues, canEdit }: { queues: Queue[]; canEdit: boolean }) {
  const trpc = useTRPC();
  const create = useMutation(trpc.queues.create.mutationOptions());
  const update = useMutation(trpc.queues.update.mutationOptions());
  const remove = useMutation(trpc.queues.delete.mutationOptions());
  const { editing, deleting, done, close, setDeleting, open, finish } = useEditInPlace<Queue>([create.reset, update.reset]);

  return (
    <div className="space-y-3">
      {canEdit && editing !== "new" && (
        <Button onClick={() => open("new")}>
          <Plus className="size-3.5" aria-hidden /> New queue
        </Button>
      )}
      {editing === "new" && (
        <div className="rounded-lg bg-white p-4 ring-1 ring-zinc-200">
          <QueueForm
            initial={EMPTY}
            submitLabel="Create queue"
            busy={create.isPending}
            serverError={create.error}
            onCancel={close}
            onSubmit={(queue) => create.mutateAsync(queue).then((q) => finish(`Created the queue “${q.name}”.`), () => undefined)}
          />
        </div>
      )}
      {done && (
        <p role="status" className="text-[13px] text-emerald-700">
          {done}
        </p>
      )}
      {queues.length === 0 ? (
        <EmptyState icon={ListTree} title="No queues yet">
          Flows route tickets to queues by name. {canEdit ? "Create the first one with “New queue”." : "An admin can create them here."}
        </EmptyState>
      ) : (
        <Table caption="Queues">
          <THead>
            <tr>
              <TH>Name</TH>
              <TH>Description</TH>
              <TH>Skills</TH>
              <TH className="text-right">Agents</TH>
              <TH className="text-right">Open tickets</TH>
              {canEdit && <TH className="w-40">Actions</TH>}
            </tr>
          </THead>
          <TBody>
            {queues.map((q) => (
              <Fragment key={q.id}>
                <TR>
                  <TD className="font-medium">{q.name}</TD>
                  <TD className="text-zinc-600">{q.description ?? <span className="text-zinc-400">—</span>}</TD>
                  <TD>
                    <span className="flex flex-wrap gap-1">
                      {q.skills.length > 0 ? q.skills.map((s) => <Badge key={s}>{s}</Badge>) : <span className="text-zinc-400">—</span>}
                    </span>
                  </TD>
                  <TD className="text-right tabular-nums">{q.agentCount}</TD>
                  <TD className="text-right tabular-nums">{q.openTicketCount}</TD>
                  {canEdit && (
                    <TD>
                      <RowActions
                        noun="queue"
                        name={q.name}
                        removeWord="Delete"
                        editing={editing === q.id}
                        onEdit={() => open(q.id)}
                        onRemove={() => {
                          remove.reset();
                          setDeleting(q);
                        }}
                      />
                    </TD>
                  )}
                </TR>
                {editing === q.id && (
                  <tr>
                    <td colSpan={6} className="bg-zinc-50 px-3 py-3">
                      <QueueForm
                        initial={{ name: q.name, description: q.description ?? "", skills: q.skills }}
                        submitLabel="Save queue"
                        busy={update.isPending}
                        serverError={update.error}
                        serverPrefix="queue."
                        onCancel={close}
                        onSubmit={(queue) => update.mutateAsync({ id: q.id, queue }).then((saved) => finish(`Saved the queue “${saved.name}”.`), () => undefined)}
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
        title={`Delete the queue “${deleting?.name ?? ""}”?`}
        description="Flows can no longer route tickets to it. This cannot be undone."
        error={remove.error ? errorText(remove.error) : null}
        confirmLabel="Delete queue"
        busyLabel="Deleting…"
        focusCancel
        onConfirm={() => {
          if (deleting === null) return;
          const name = deleting.name;
          remove.mutateAsync({ id: deleting.id }).then(
            () => {
              finish(`Deleted the queue “${name}”.`);
            },
            () => undefined,
          );
        }}
      />
    </div>
  );
}
