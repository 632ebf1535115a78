"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Lightbulb } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { percent, plural } from "@/components/ui/format";
import { Section } from "@/components/ui/Section";
import { Skeleton } from "@/components/ui/Skeleton";

type Result = RouterOutputs["aiModels"]["possibleNewIntents"];
type Cluster = Result["clusters"][number];

/**
 * Groups of recent live tickets the model was unsure of that ask the same thing: candidates for a new intent, each
 * with examples and the existing intent the model thinks it is nearest to. Those who may train can label a
 * group's examples with an intent, as training rows from a person.
 */
export function PossibleNewIntents({ canLabel }: { canLabel: boolean }) {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.aiModels.possibleNewIntents.queryOptions(), staleTime: 60_000 });
  return (
    <Section title="Possible new intents" aside="Live tickets the model was unsure of, grouped by what they ask">
      {query.isPending ? (
        <div role="status" aria-live="polite" className="rounded-lg border border-zinc-200 bg-white p-3">
          <span className="text-[13px] text-zinc-600">Grouping the tickets the model was unsure of…</span>
          <Skeleton className="mt-3 h-4 w-2/3" />
          <Skeleton className="mt-2 h-4 w-1/2" />
        </div>
      ) : query.isError ? (
        <ErrorState title="Could not group the unsure tickets" message={query.error.message} />
      ) : (
        <Groups result={query.data} canLabel={canLabel} />
      )}
    </Section>
  );
}

function Groups({ result, canLabel }: { result: Result; canLabel: boolean }) {
  const days = `the last ${result.windowDays} days`;
  if (result.unsure === 0) {
    return (
      <EmptyState icon={Lightbulb} title={`No unsure tickets in ${days}`}>
        When the model is unsure what a live ticket is about, the ticket is grouped here with others that ask the same
        thing, so a topic it was never taught shows up as a possible new intent.
      </EmptyState>
    );
  }
  return (
    <>
      <p className="mb-3 max-w-3xl text-[13px] text-zinc-600">
        {result.capped ? `The latest ${result.maxTexts} tickets` : plural(result.unsure, "ticket")} the model was unsure of in {days}, compared{" "}
        {result.method === "encoder" ? "by meaning (sentence encoder)" : "by the words they share"}; groups of {result.minSize} or more are shown.
        The nearest intent is {result.modelVersion === null ? "what the classifier answered when each ticket came in" : `the active model v${result.modelVersion}'s best guess`}.
      </p>
      {result.clusters.length === 0 ? (
        <p className="text-[13px] text-zinc-500">No {result.minSize} of them ask the same thing yet.</p>
      ) : (
        <ul className="grid gap-3 lg:grid-cols-2">
          {result.clusters.map((cluster) => (
            <ClusterCard key={cluster.examples[0]!.ticketId} cluster={cluster} canLabel={canLabel} />
          ))}
        </ul>
      )}
    </>
  );
}

function ClusterCard({ cluster, canLabel }: { cluster: Cluster; canLabel: boolean }) {
  const name = cluster.terms.length > 0 ? cluster.terms.join(" · ") : "Unnamed group";
  const nearest = cluster.nearest;
  return (
    <li aria-label={name} className="rounded-lg border border-zinc-200 bg-white p-3">
      <div className="flex items-baseline justify-between gap-3">
        <h3 className="text-sm font-semibold text-zinc-900">{name}</h3>
        <span className="shrink-0 text-xs text-zinc-500">
          {plural(cluster.size, "ticket")} · {dateRange(cluster.first, cluster.last)}
        </span>
      </div>
      <p className="mt-1 text-xs text-zinc-600">
        {nearest === null ? (
          "The classifier gave these tickets no intent."
        ) : (
          <>
            Nearest intent <span className="font-mono text-zinc-800">{nearest.intent}</span>: {nearest.tickets} of {nearest.of} tickets, mean
            confidence {percent(nearest.meanConfidence)}.{" "}
            {nearest.mostlyThisIntent ? "Probably this intent asked in a new way." : "The guesses are weak or spread: probably a topic the model was not trained on."}
          </>
        )}
      </p>
      <ol className="mt-2 space-y-1.5" aria-label={`Examples of ${name}`}>
        {cluster.examples.map((e) => (
          <li key={e.ticketId} className="text-[13px]">
            <Link href={`/inbox/${e.ticketId}`} className="font-medium text-indigo-700 hover:underline">
              {e.subject || "(no subject)"}
            </Link>
            <p className="line-clamp-2 text-zinc-600">{e.text}</p>
          </li>
        ))}
      </ol>
      {canLabel && <LabelExamples cluster={cluster} name={name} />}
    </li>
  );
}

/**
 * "Label these as …": the examples shown (which a person has just read) become training rows with the intent typed
 * or picked. Filled in with the nearest intent only when the group is mostly that intent, so a new topic is not
 * labelled as the old one by a single click.
 */
function LabelExamples({ cluster, name }: { cluster: Cluster; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const listId = useId();
  const [intent, setIntent] = useState(cluster.nearest?.mostlyThisIntent ? cluster.nearest.intent : "");
  const known = useQuery({ ...trpc.aiModels.intentLabels.queryOptions(), staleTime: 60_000 });
  // The page's "Labels from agents" list is rendered on the server: refresh it to show the new rows.
  const label = useMutation(trpc.aiModels.labelTickets.mutationOptions({ onSuccess: () => router.refresh() }));
  const count = cluster.examples.length;
  return (
    <form
      aria-label={`Label the examples of ${name}`}
      className="mt-3 flex flex-wrap items-center gap-2 border-t border-zinc-100 pt-3 text-xs text-zinc-700"
      onSubmit={(e) => {
        e.preventDefault();
        label.mutate({ ticketIds: cluster.examples.map((x) => x.ticketId), intent });
      }}
    >
      <label className="flex items-center gap-1.5">
        Label {count === 1 ? "this example" : `these ${count} examples`} as
        <input
          value={intent}
          onChange={(e) => setIntent(e.target.value)}
          list={listId}
          placeholder="intent"
          className="h-7 w-44 rounded-md border border-zinc-300 bg-white px-2 font-mono text-xs text-zinc-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
        />
      </label>
      <datalist id={listId}>
        {(known.data?.labels ?? []).map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
      <Button type="submit" size="sm" disabled={label.isPending || intent.trim() === ""}>
        {label.isPending ? "Labelling…" : "Label"}
      </Button>
      {label.isSuccess && (
        <p role="status" className="basis-full text-emerald-700">
          Labelled {plural(label.data.labelled, "ticket")} as {label.variables.intent}: the next training learns from them.
        </p>
      )}
      {label.isError && (
        <p role="alert" className="basis-full text-rose-700">
          {label.error.message}
        </p>
      )}
    </form>
  );
}

/** "2026-12-03 – 2026-12-06", or one date when the group's tickets came in on one day (UTC, as DateTime shows). */
function dateRange(first: Date, last: Date): string {
  const from = first.toISOString().slice(0, 10);
  const to = last.toISOString().slice(0, 10);
  return from === to ? from : `${from} – ${to}`;
}
