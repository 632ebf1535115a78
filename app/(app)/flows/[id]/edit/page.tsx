import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { FlowEditor } from "@/components/flow-editor/FlowEditor";
import { ErrorState, LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Refused } from "@/components/auth/Refused";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Edit flow" };

/** Cancels the app shell's padding so the canvas fills everything right of the side nav. */
const FULL_BLEED = "-mx-8 -my-6 h-screen";

export default async function EditFlowPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ open?: string }> }) {
  const { refused } = await requirePermission("flows.edit");
  if (refused) return <Refused title="Edit flow" message={refused} />;
  const { id } = await params;
  const { open } = await searchParams;
  const result = await load(() => Promise.all([api.flows.get({ id }), api.queues.list()]));
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Edit flow" crumbs={[{ href: "/flows", label: "Flows" }]} />
        <LoadFailed what="this flow" error={result.error} />
      </>
    );
  }
  const [flow, queues] = result.data;
  // The working draft is what gets edited; a flow without one starts from its active version.
  const graph = flow.draftGraph ?? flow.shownGraph.graph;
  if (!graph) {
    return (
      <>
        <PageHeader title={flow.name} crumbs={[{ href: "/flows", label: "Flows" }, { href: `/flows/${flow.id}`, label: flow.name }]} />
        <ErrorState title="This flow's graph cannot be opened" message={flow.shownGraph.graph === null ? flow.shownGraph.error : "The stored draft is not a graph."} />
      </>
    );
  }
  return (
    <div className={FULL_BLEED}>
      <FlowEditor
        flowId={flow.id}
        name={flow.name}
        description={flow.description}
        graph={graph}
        queues={queues.map((q) => q.name)}
        versions={flow.versions.map((v) => ({ id: v.id, number: v.number, isActive: v.isActive, isShadow: v.isShadow }))}
        openDialog={open === "publish" || open === "backtest" ? open : undefined}
      />
    </div>
  );
}
