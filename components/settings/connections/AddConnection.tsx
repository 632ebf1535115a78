"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { ConnectionForm } from "./ConnectionForm";
import { GeneratedSecrets } from "./GeneratedSecrets";
import type { TConnectionKindOption } from "./types";

/**
 * Choose the helpdesk, then fill in its fields; a saved connection opens on its own page for testing and set-up. A
 * secret the studio made up is shown first, once, with a button to go on.
 */
export function AddConnection({ kinds, onCancel }: { kinds: TConnectionKindOption[]; onCancel: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.connections.create.mutationOptions());
  const [kind, setKind] = useState<TConnectionKindOption | null>(kinds.length === 1 ? kinds[0]! : null);
  const made = create.data?.generatedSecrets;
  const open = (id: string) => router.push(`/settings/connections/${encodeURIComponent(id)}?added=1`);

  if (kind !== null && create.data !== undefined && made !== undefined) {
    const saved = create.data;
    return (
      <GeneratedSecrets kind={kind} secrets={made}>
        <p className="text-zinc-700">Added “{saved.name}”. Keep the secret where your system can read it; if it is ever lost, generate a new one on the connection’s page.</p>
        <Button variant="primary" onClick={() => open(saved.id)}>
          I have copied it — open the connection
        </Button>
      </GeneratedSecrets>
    );
  }

  return (
    <div className="space-y-4 rounded-lg bg-white p-4 ring-1 ring-zinc-200">
      <fieldset>
        <legend className="text-[13px] font-medium text-zinc-700">Which helpdesk?</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {kinds.map((k) => (
            <label
              key={k.kind}
              className="flex cursor-pointer items-center gap-2 rounded-md px-3 py-1.5 text-[13px] text-zinc-800 ring-1 ring-inset ring-zinc-300 has-[:checked]:bg-indigo-50 has-[:checked]:ring-indigo-500 has-[:focus-visible]:ring-2"
            >
              <input
                type="radio"
                name="connection-kind"
                value={k.kind}
                checked={kind?.kind === k.kind}
                onChange={() => {
                  create.reset();
                  setKind(k);
                }}
              />
              {k.label}
            </label>
          ))}
        </div>
      </fieldset>
      {kind === null ? (
        <p className="text-[13px] text-zinc-600">Pick the helpdesk your team works in; the studio then asks for what it needs to reach it.</p>
      ) : (
        <ConnectionForm
          key={kind.kind}
          kind={kind}
          initial={{ name: "", enabled: true, settings: {} }}
          secretsSet={{}}
          submitLabel="Add connection"
          busy={create.isPending}
          serverError={create.error}
          onCancel={onCancel}
          onSubmit={(values) =>
            create.mutateAsync({ kind: kind.kind, ...values }).then(
              (saved) => (saved.generatedSecrets === undefined ? open(saved.id) : undefined),
              () => undefined,
            )
          }
        />
      )}
      {kind === null && (
        <div>
          <button type="button" onClick={onCancel} className="rounded text-[13px] text-zinc-600 underline hover:text-zinc-900 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
