import Link from "next/link";
import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { DateTime } from "@/components/ui/DateTime";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";

type FlowRow = RouterOutputs["flows"]["list"][number];

export function FlowsTable({ flows }: { flows: FlowRow[] }) {
  return (
    <Table caption="Flows">
      <THead>
        <tr>
          <TH>Name</TH>
          <TH>Active version</TH>
          <TH>Shadow version</TH>
          <TH className="text-right">Versions</TH>
          <TH>Updated (UTC)</TH>
        </tr>
      </THead>
      <TBody>
        {flows.map((flow) => (
          <TR key={flow.id}>
            <TD>
              <Link href={`/flows/${flow.id}`} className="font-medium text-indigo-700 hover:underline">
                {flow.name}
              </Link>
              {flow.live && (
                <Badge tone="accent" title="New tickets run on this flow's active version" className="ml-2">
                  Live
                </Badge>
              )}
              {flow.description && <p className="mt-0.5 max-w-xl truncate text-xs text-zinc-500">{flow.description}</p>}
            </TD>
            <TD>
              {flow.active ? (
                <Badge tone="green" title={flow.active.publishedAt ? `Published ${flow.active.publishedAt.toISOString()}` : undefined}>
                  v{flow.active.number} {flow.active.status}
                </Badge>
              ) : (
                <span className="text-zinc-500">none</span>
              )}
            </TD>
            <TD>
              {flow.shadow ? <Badge tone="violet">v{flow.shadow.number} shadow</Badge> : <span className="text-zinc-500">—</span>}
            </TD>
            <TD className="text-right tabular-nums">{flow.versionCount}</TD>
            <TD>
              <DateTime value={flow.updatedAt} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
