"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ShieldAlert } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { EmptyState } from "@/components/ui/EmptyState";
import { Section } from "@/components/ui/Section";
import { EMPTY_GUARDRAIL, guardrailFormOf, guardrailInputOf } from "./guardrail-form";
import { GuardrailEditor } from "./GuardrailEditor";
import { errorText } from "@/components/ui/error-text";

type Guardrails = RouterOutputs["knowledge"]["guardrails"]["list"];

/** The rules with enable/disable, edit and delete, and a form for a new rule. */
export function GuardrailList({ initial, readOnly }: { initial: Guardrails; readOnly: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.knowledge.guardrails.list.queryOptions(undefined, { initialData: initial }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.knowledge.guardrails.list.queryKey() });
  const create = useMutation(trpc.knowledge.guardrails.create.mutationOptions({ onSuccess: refresh }));
  const update = useMutation(trpc.knowledge.guardrails.update.mutationOptions({ onSuccess: refresh }));
  const toggle = useMutation(trpc.knowledge.guardrails.setEnabled.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.knowledge.guardrails.delete.mutationOptions({ onSuccess: refresh }));
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(0); // bumping the key empties the form after a create
  const [deleting, setDeleting] = useState<{ id: string; rule: string } | null>(null);
  const errorOf = (e: typeof create.error) => (e ? errorText(e) : null);

  return (
    <>
      {list.data.length === 0 ? (
        <EmptyState icon={ShieldAlert} title="No guardrails yet">
          Add rules such as “Never promise a refund timeline”; a draft that breaks one is never sent.
        </EmptyState>
      ) : (
        <ul aria-label="Guardrails" className="space-y-2">
          {list.data.map((g) =>
            editing === g.id ? (
              <li key={g.id}>
                <GuardrailEditor
                  initial={guardrailFormOf(g)}
                  submitLabel="Save rule"
                  busy={update.isPending}
                  error={errorOf(update.error)}
                  onCancel={() => setEditing(null)}
                  onSubmit={(form) => update.mutate({ id: g.id, guardrail: guardrailInputOf(form) }, { onSuccess: () => setEditing(null) })}
                />
              </li>
            ) : (
              <li key={g.id} aria-label={g.rule} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-zinc-200 bg-white p-3">
                <div className="min-w-0 text-[13px]">
                  <p className="font-medium text-zinc-900">
                    {g.rule} {!g.enabled && <Badge>Disabled</Badge>}
                  </p>
                  <p className="mt-0.5 text-xs text-zinc-600">
                    {g.kind === "regex" ? "Patterns" : "Phrases"}: {g.patterns.map((p) => `“${p}”`).join(", ")}
                  </p>
                  <p className="text-xs text-zinc-500">{g.categories.length === 0 ? "Every category" : `Only ${g.categories.join(", ")}`}</p>
                </div>
                {!readOnly && (
                  <div className="flex gap-1">
                    <Button size="sm" onClick={() => toggle.mutate({ id: g.id, enabled: !g.enabled })} disabled={toggle.isPending} aria-label={`${g.enabled ? "Disable" : "Enable"} “${g.rule}”`}>
                      {g.enabled ? "Disable" : "Enable"}
                    </Button>
                    <Button size="sm" onClick={() => setEditing(g.id)} aria-label={`Edit “${g.rule}”`}>
                      Edit
                    </Button>
                    <Button size="sm" variant="ghost" className="text-red-700" onClick={() => setDeleting({ id: g.id, rule: g.rule })} aria-label={`Delete “${g.rule}”`}>
                      Delete
                    </Button>
                  </div>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      {toggle.error && <p role="alert" className="mt-2 text-[13px] text-red-700">{toggle.error.message}</p>}
      {!readOnly && (
        <Section title="New rule">
          <GuardrailEditor
            key={adding}
            initial={EMPTY_GUARDRAIL}
            submitLabel="Add rule"
            busy={create.isPending}
            error={errorOf(create.error)}
            onSubmit={(form) => create.mutate(guardrailInputOf(form), { onSuccess: () => setAdding((n) => n + 1) })}
          />
        </Section>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id }, { onSuccess: () => setDeleting(null) })}
        busy={remove.isPending}
        title={`Delete “${deleting?.rule ?? ""}”?`}
        description="Drafts are no longer checked against it. To pause a rule instead, disable it."
        error={remove.error?.message ?? null}
        confirmLabel="Delete"
        busyLabel="Deleting…"
        focusCancel
      />
    </>
  );
}
