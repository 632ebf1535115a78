"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { newRequestId, type TTicketFieldChange } from "@/lib/tickets/agent-actions";
import { PRIORITIES, STATUSES } from "@/workflows/model/fields";
import { useTRPC } from "@/components/providers/trpc-provider";
import { errorText } from "@/components/ui/error-text";

type Field = TTicketFieldChange["field"];
const NONE = "";

const LABELS: Record<Field, string> = { status: "Status", priority: "Priority", assignee: "Assignee", queue: "Queue" };

export interface TicketActionValues {
  status: string;
  priority: string;
  /** An agent's email, or null. */
  assignee: string | null;
  /** A queue's id, or null. */
  queueId: string | null;
}

/**
 * Status, priority, assignee and queue, each changed on its own. The select shows the new value at once and says
 * "Saving…"; a refusal puts the old value back and says why, in the server's words.
 */
export function TicketActions({ ticketId, values }: { ticketId: string; values: TicketActionValues }) {
  const trpc = useTRPC();
  const router = useRouter();
  const options = useQuery(trpc.tickets.assignOptions.queryOptions());
  const change = useMutation(trpc.tickets.changeField.mutationOptions());
  const [shown, setShown] = useState<Record<Field, string>>(() => asShown(values));
  const [saving, setSaving] = useState<Field | null>(null);
  const [failed, setFailed] = useState<{ field: Field; message: string } | null>(null);

  async function save(field: Field, raw: string) {
    const before = shown[field];
    if (raw === before) return;
    setShown((s) => ({ ...s, [field]: raw }));
    setSaving(field);
    setFailed(null);
    try {
      await change.mutateAsync({ ticketId, change: changeOf(field, raw), requestId: newRequestId() });
      router.refresh();
    } catch (error) {
      setShown((s) => ({ ...s, [field]: before }));
      setFailed({ field, message: errorText(error) });
    } finally {
      setSaving(null);
    }
  }

  const agents = options.data?.agents ?? [];
  const queues = options.data?.queues ?? [];
  // An assignee from imported history may not be one of the studio's agents: keep it selectable as it is.
  const strayAssignee = values.assignee !== null && !agents.some((a) => a.email === values.assignee) ? values.assignee : null;

  return (
    <section aria-label="Ticket actions" className="mb-4 space-y-2 rounded-lg border border-zinc-200 bg-white p-3 text-[13px]">
      <Select field="status" value={shown.status} saving={saving} onChange={save}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </Select>
      <Select field="priority" value={shown.priority} saving={saving} onChange={save}>
        {PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </Select>
      <Select field="assignee" value={shown.assignee} saving={saving} onChange={save} disabled={options.isPending}>
        <option value={NONE}>Unassigned</option>
        {strayAssignee && <option value={strayAssignee}>{strayAssignee}</option>}
        {agents.map((a) => (
          <option key={a.email} value={a.email}>
            {a.name}
          </option>
        ))}
      </Select>
      <Select field="queue" value={shown.queue} saving={saving} onChange={save} disabled={options.isPending}>
        <option value={NONE}>No queue</option>
        {queues.map((q) => (
          <option key={q.id} value={q.id}>
            {q.name}
          </option>
        ))}
      </Select>
      {options.error && <p className="text-xs text-red-700">Could not load the agents and queues: {errorText(options.error)}</p>}
      {failed && (
        <p role="alert" className="text-xs text-red-700">
          {LABELS[failed.field]} not changed: {failed.message}
        </p>
      )}
    </section>
  );
}

function Select({
  field,
  value,
  saving,
  onChange,
  disabled,
  children,
}: {
  field: Field;
  value: string;
  saving: Field | null;
  onChange: (field: Field, value: string) => void;
  disabled?: boolean;
  children: React.ReactNode;
}) {
  const id = `ticket-${field}`;
  return (
    <div className="flex items-center justify-between gap-3">
      <label htmlFor={id} className="text-zinc-500">
        {LABELS[field]}
        {saving === field && <span className="ml-1.5 text-xs text-zinc-400">Saving…</span>}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled || saving !== null}
        onChange={(e) => onChange(field, e.target.value)}
        className="w-40 rounded-md border border-zinc-300 bg-white px-2 py-1 text-[13px] disabled:opacity-60"
      >
        {children}
      </select>
    </div>
  );
}

function asShown(v: TicketActionValues): Record<Field, string> {
  return { status: v.status, priority: v.priority, assignee: v.assignee ?? NONE, queue: v.queueId ?? NONE };
}

function changeOf(field: Field, raw: string): TTicketFieldChange {
  switch (field) {
    case "status":
      return { field, value: raw as (typeof STATUSES)[number] };
    case "priority":
      return { field, value: raw as (typeof PRIORITIES)[number] };
    case "assignee":
    case "queue":
      return { field, value: raw === NONE ? null : raw };
  }
}
