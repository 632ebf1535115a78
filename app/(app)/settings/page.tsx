import type { Metadata } from "next";
import { ListTree } from "lucide-react";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadFailed } from "@/components/ui/ErrorState";
import { plural } from "@/components/ui/format";
import { Note } from "@/components/ui/Note";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { Refused } from "@/components/auth/Refused";
import { ButtonLink } from "@/components/ui/Button";
import { can } from "@/lib/auth/roles";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { refused } = await requirePermission("settings.read");
  if (refused) return <Refused title="Settings" message={refused} />;
  const result = await load(() => api.queues.list());
  const { user } = await requirePermission("settings.read");
  return (
    <>
      <PageHeader
        title="Settings"
        description="Workspace configuration."
        actions={
          <>
            <ButtonLink href="/settings/ai">AI models</ButtonLink>
            {can(user.role, "users.manage") && (
              <>
                <ButtonLink href="/settings/audit-log">Audit log</ButtonLink>
                <ButtonLink href="/settings/users" variant="primary">
                  Users
                </ButtonLink>
              </>
            )}
          </>
        }
      />
      <Note>
        Queues come from the demo seed and from imported history (a helpdesk group becomes a queue); flows route to
        them by name.
      </Note>
      <Section title="Queues" aside={result.ok ? plural(result.data.length, "queue") : undefined}>
        {!result.ok ? (
          <LoadFailed what="queues" error={result.error} />
        ) : result.data.length === 0 ? (
          <EmptyState icon={ListTree} title="No queues yet">
            Flows route tickets to queues by name; <code>npm start</code> seeds the example ones.
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
              </tr>
            </THead>
            <TBody>
              {result.data.map((q) => (
                <TR key={q.id}>
                  <TD className="font-medium">{q.name}</TD>
                  <TD className="text-zinc-600">{q.description ?? <span className="text-zinc-400">—</span>}</TD>
                  <TD>
                    <span className="flex flex-wrap gap-1">
                      {q.skills.length > 0 ? q.skills.map((s) => <Badge key={s}>{s}</Badge>) : <span className="text-zinc-400">—</span>}
                    </span>
                  </TD>
                  <TD className="text-right tabular-nums">{q.agentCount}</TD>
                  <TD className="text-right tabular-nums">{q.openTicketCount}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Section>
    </>
  );
}
