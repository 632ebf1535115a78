"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { FLOW_NAME_MAX, ZFlowNameSchema, freeName, nameKey, nameTakenMessage } from "@/lib/flows/flow-details";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { cx } from "@/components/ui/cx";
import { placedErrors } from "@/components/ui/error-text";
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

const BLANK_NAME = "Untitled flow";

/**
 * Name a flow, start blank or from an example, and land in the editor. The name box offers the template's
 * name (numbered when a flow has it already) until the person types their own; an empty name or another
 * flow's is refused under the box, before and after asking the server.
 */
export function NewFlowForm({ templates, takenNames }: { templates: readonly TemplateChoice[]; takenNames: readonly string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.flows.create.mutationOptions());
  const [template, setTemplate] = useState<string | undefined>(undefined);
  const [name, setName] = useState(() => freeName(BLANK_NAME, takenNames));
  const [typed, setTyped] = useState(false);
  const [nameError, setNameError] = useState<string | undefined>();
  const [otherError, setOtherError] = useState<string | undefined>();
  const nameId = useId();
  const choices: ReadonlyArray<Omit<TemplateChoice, "slug"> & { slug: string | undefined }> = [
    { slug: undefined, name: "Blank", description: "Just a trigger; draw the rest yourself.", nodeCount: 1 },
    ...templates,
  ];

  const check = (value: string): string | undefined => {
    const parsed = ZFlowNameSchema.safeParse(value);
    if (!parsed.success) return parsed.error.issues[0]?.message;
    return takenNames.some((t) => nameKey(t) === nameKey(parsed.data)) ? nameTakenMessage(parsed.data) : undefined;
  };

  const choose = (slug: string | undefined) => {
    setTemplate(slug);
    if (typed) return;
    const base = slug === undefined ? BLANK_NAME : (templates.find((t) => t.slug === slug)?.name ?? BLANK_NAME);
    setName(freeName(base, takenNames));
    setNameError(undefined);
  };

  const submit = async () => {
    const problem = check(name);
    setNameError(problem);
    setOtherError(undefined);
    if (problem !== undefined) return;
    try {
      const flow = await create.mutateAsync({ name: name.trim(), template });
      router.push(`/flows/${flow.id}/edit`);
    } catch (e) {
      const placed = placedErrors(e, ["name"]);
      setNameError(placed.name);
      setOtherError(placed.other);
    }
  };

  return (
    <form
      className="max-w-3xl space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="max-w-sm space-y-1">
        <label htmlFor={nameId} className="block text-xs font-medium text-zinc-700">
          Name
        </label>
        <input
          id={nameId}
          className={cx(INPUT, nameError && "border-red-400")}
          value={name}
          maxLength={FLOW_NAME_MAX + 20}
          placeholder="e.g. Billing triage"
          aria-invalid={nameError !== undefined}
          aria-describedby={nameError ? `${nameId}-error` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setTyped(true);
            // Say so as soon as the name is another flow's; an empty box waits for the submit.
            setNameError(e.target.value.trim() === "" ? undefined : check(e.target.value));
          }}
        />
        {nameError && (
          <p id={`${nameId}-error`} role="alert" className="text-xs text-red-600">
            {nameError}
          </p>
        )}
      </div>
      <fieldset className="grid gap-2 sm:grid-cols-2">
        <legend className="mb-1 text-xs font-medium text-zinc-700">Start from</legend>
        {choices.map((t) => (
          <label
            key={t.slug ?? "blank"}
            className={cx(
              "cursor-pointer rounded-lg border bg-white p-3 text-xs focus-within:ring-2 focus-within:ring-indigo-500",
              template === t.slug ? "border-indigo-500 ring-1 ring-indigo-500" : "border-zinc-200 hover:border-zinc-300",
            )}
          >
            <input type="radio" name="template" className="sr-only" checked={template === t.slug} onChange={() => choose(t.slug)} />
            <span className="block text-[13px] font-semibold text-zinc-900">{t.name}</span>
            <span className="mt-1 block text-zinc-600">{t.description}</span>
            {t.adaptedTo && (
              <span className="mt-1 block text-indigo-700" data-testid={`template-adapted-${t.slug}`}>
                Adapted to {t.adaptedTo}: {t.notes?.join(" ")}
              </span>
            )}
            {t.slug && <span className="mt-1 block text-zinc-500">{t.nodeCount} nodes</span>}
          </label>
        ))}
      </fieldset>
      {otherError && (
        <p role="alert" className="text-xs text-red-600">
          {otherError}
        </p>
      )}
      <Button type="submit" variant="primary" disabled={create.isPending}>
        {create.isPending ? "Creating…" : "Create and open the editor"}
      </Button>
    </form>
  );
}
