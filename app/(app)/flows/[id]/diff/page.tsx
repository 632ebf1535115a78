import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { DiffCanvas } from "@/components/flows/DiffCanvas";
import { GraphDiffView } from "@/components/flows/GraphDiffView";
import { sideLabel, summarizeDiff } from "@/components/flows/graph-diff-text";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";

export const metadata: Metadata = { title: "Compare versions" };

type Search = { from?: string | string[]; to?: string | string[] };

/**
 * /flows/[id]/diff?from=<versionId>&to=<versionId|draft>: what changed between two versions, or
 * between a version and the working draft. Without parameters: the newest version against the one
 * before it (or against the draft when there is only one).
 */
export default async function FlowDiffPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const search = await searchParams;
  const crumbs = [
    { href: "/flows", label: "Flows" },
    { href: `/flows/${encodeURIComponent(id)}`, label: "Flow" },
  ];
  const flowResult = await load(() => api.flows.get({ id }));
  if (!flowResult.ok) {
    return (
      <>
        <PageHeader title="Compare versions" crumbs={crumbs} />
        <LoadFailed what="this flow" error={flowResult.error} />
      </>
    );
  }
  const flow = flowResult.data;
  const flowCrumbs = [crumbs[0]!, { href: `/flows/${encodeURIComponent(id)}`, label: flow.name }];
  const [newest, previous] = flow.versions;
  if (newest === undefined) {
    return (
      <>
        <PageHeader title="Compare versions" crumbs={flowCrumbs} />
        <EmptyState title="Nothing to compare yet">Publish the draft to create version 1; then versions and the draft can be compared.</EmptyState>
      </>
    );
  }
  const from = single(search.from) ?? (previous ?? newest).id;
  const to = single(search.to) ?? (previous ? newest.id : "draft");

  const diffResult = await load(() =>
    to === "draft" ? api.flows.diff({ versionId: from, against: "draft" }) : api.flows.diff({ fromVersionId: from, toVersionId: to }),
  );
  if (!diffResult.ok) {
    return (
      <>
        <PageHeader title="Compare versions" crumbs={flowCrumbs} />
        <LoadFailed what="this comparison" error={diffResult.error} />
      </>
    );
  }
  const result = diffResult.data;
  return (
    <>
      <PageHeader
        title={`Compare ${sideLabel(result.from)} → ${sideLabel(result.to)}`}
        description={summarizeDiff(result.diff)}
        crumbs={flowCrumbs}
      />
      <form method="get" className="mb-5 flex flex-wrap items-end gap-3 text-[13px]" aria-label="Pick versions to compare">
        <label className="flex flex-col gap-1">
          <span className="text-xs text-zinc-500">From</span>
          <select name="from" defaultValue={from} className="rounded-md border border-zinc-300 bg-white px-2 py-1">
            {flow.versions.map((v) => (
              <option key={v.id} value={v.id}>
                v{v.number} ({v.status})
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs text-zinc-500">To</span>
          <select name="to" defaultValue={to} className="rounded-md border border-zinc-300 bg-white px-2 py-1">
            <option value="draft">working draft</option>
            {flow.versions.map((v) => (
              <option key={v.id} value={v.id}>
                v{v.number} ({v.status})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md border border-zinc-300 bg-white px-3 py-1 font-medium hover:bg-zinc-50">
          Compare
        </button>
      </form>
      {result.diff.identical ? (
        <EmptyState title="No differences">
          {sideLabel(result.from)} and {sideLabel(result.to)} have the same nodes, connections and settings.
        </EmptyState>
      ) : (
        <>
          <DiffCanvas before={result.graphs.before} after={result.graphs.after} diff={result.diff} height={420} />
          <GraphDiffView result={result} />
        </>
      )}
    </>
  );
}

function single(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first !== undefined && first.length > 0 ? first : undefined;
}
