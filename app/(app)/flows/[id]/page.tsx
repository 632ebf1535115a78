import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { MakeLiveButton } from "@/components/flows/MakeLiveButton";
import { GraphOutline } from "@/components/flows/GraphOutline";
import { VersionsTable } from "@/components/flows/VersionsTable";
import { Badge } from "@/components/ui/Badge";
import { ButtonLink } from "@/components/ui/Button";
import { DateTime } from "@/components/ui/DateTime";
import { EmptyState } from "@/components/ui/EmptyState";
import { plural } from "@/components/ui/format";
import { ErrorState, LoadFailed } from "@/components/ui/ErrorState";
import { Note } from "@/components/ui/Note";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requireUser } from "@/server/auth/page-guard";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Flow" };

export default async function FlowPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await load(() => api.flows.get({ id }));
  const { role } = await requireUser();
  const canEdit = can(role, "flows.edit");
  const canPublish = can(role, "flows.publish");
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Flow" crumbs={[{ href: "/flows", label: "Flows" }]} />
        <LoadFailed what="this flow" error={result.error} />
      </>
    );
  }

  const flow = result.data;
  const active = flow.versions.find((v) => v.isActive);
  const shadow = flow.versions.find((v) => v.isShadow);
  const shown = flow.shownGraph;
  return (
    <>
      <PageHeader
        title={flow.name}
        description={flow.description ?? undefined}
        crumbs={[{ href: "/flows", label: "Flows" }]}
        actions={
          <>
            {canPublish && !flow.live && active && (
              <MakeLiveButton flowId={flow.id} flowName={flow.name} activeVersion={active.number} currentLiveFlowName={flow.liveFlow?.name ?? null} />
            )}
            {canEdit && (
              <ButtonLink href={`/flows/${flow.id}/edit`} variant="primary">
                Edit
              </ButtonLink>
            )}
          </>
        }
        meta={
          <>
            {flow.live && (
              <Badge tone="accent" title="New tickets run on this flow's active version">
                Live
              </Badge>
            )}
            {active ? <Badge tone="green">v{active.number} active</Badge> : <Badge>no active version</Badge>}
            {shadow && <Badge tone="violet">v{shadow.number} in shadow</Badge>}
            <span>
              Updated <DateTime value={flow.updatedAt} zone />
            </span>
          </>
        }
      />

      <Section title="Version history" aside={plural(flow.versions.length, "version")}>
        {flow.versions.length === 0 ? (
          <EmptyState title="No versions yet">Publishing the draft creates version 1.</EmptyState>
        ) : (
          <VersionsTable versions={flow.versions} flowId={flow.id} mayPublish={canPublish} />
        )}
      </Section>

      <Section
        title={shown.source === "active" ? `Active version (v${shown.versionNumber})` : "Working draft"}
        aside={shown.graph ? `${plural(shown.graph.nodes.length, "node")} · ${plural(shown.graph.edges.length, "edge")}` : undefined}
      >
        <Note>
          A read-only outline of the graph{shown.source === "draft" ? " (nothing is published yet, so this is the unpublished draft)" : ""}.
          Open it in the editor to see it on the canvas.
        </Note>
        {shown.graph ? (
          <GraphOutline graph={shown.graph} />
        ) : (
          <ErrorState title="This graph cannot be shown" message={shown.error} />
        )}
      </Section>
    </>
  );
}
