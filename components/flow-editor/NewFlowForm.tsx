"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { cx } from "@/components/ui/cx";
import { INPUT } from "./panels/inputs";

export interface TemplateChoice {
  slug: string;
  name: string;
  description: string;
  nodeCount: number;
  /** Whose intent labels the template was adapted to, and what that changed (see flows.templates). */
  adaptedTo?: string | null;
  notes?: readonly string[];
}

/** Name a flow, start blank or from an example, and land in the editor. */
export function NewFlowForm({ templates }: { templates: readonly TemplateChoice[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.flows.create.mutationOptions());
  const [name, setName] = useState("");
  const [template, setTemplate] = useState<string | undefined>(undefined);
  const choices: ReadonlyArray<Omit<TemplateChoice, "slug"> & { slug: string | undefined }> = [
    { slug: undefined, name: "Blank", description: "Just a trigger; draw the rest yourself.", nodeCount: 1 },
    ...templates,
  ];

  const submit = async () => {
    const flow = await create.mutateAsync({ name: name.trim() || undefined, template });
    router.push(`/flows/${flow.id}/edit`);
  };

  return (
    <form
      className="max-w-3xl space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        void submit().catch(() => {});
      }}
    >
      <label className="block max-w-sm space-y-1 text-xs font-medium text-zinc-700">
        Name
        <input className={INPUT} value={name} maxLength={120} placeholder="e.g. Billing triage" onChange={(e) => setName(e.target.value)} />
      </label>
      <fieldset className="grid gap-2 sm:grid-cols-2">
        <legend className="mb-1 text-xs font-medium text-zinc-700">Start from</legend>
        {choices.map((t) => (
          <label
            key={t.slug ?? "blank"}
            className={cx("cursor-pointer rounded-lg border bg-white p-3 text-xs", template === t.slug ? "border-indigo-500 ring-1 ring-indigo-500" : "border-zinc-200 hover:border-zinc-300")}
          >
            <input type="radio" name="template" className="sr-only" checked={template === t.slug} onChange={() => setTemplate(t.slug)} />
            <span className="block text-[13px] font-semibold text-zinc-900">{t.name}</span>
            <span className="mt-1 block text-zinc-600">{t.description}</span>
            {t.adaptedTo && (
              <span className="mt-1 block text-indigo-700" data-testid={`template-adapted-${t.slug}`}>
                Adapted to {t.adaptedTo}: {t.notes?.join(" ")}
              </span>
            )}
            {t.slug && <span className="mt-1 block text-zinc-400">{t.nodeCount} nodes</span>}
          </label>
        ))}
      </fieldset>
      {create.error && (
        <p role="alert" className="text-xs text-red-600">
          {create.error.message}
        </p>
      )}
      <Button type="submit" variant="primary" disabled={create.isPending}>
        {create.isPending ? "Creating…" : "Create and open the editor"}
      </Button>
    </form>
  );
}
