import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { DateTime } from "@/components/ui/DateTime";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";

type Effect = RouterOutputs["tickets"]["get"]["effects"][number];

export function EffectsTable({ effects }: { effects: Effect[] }) {
  return (
    <Table caption="External effects of this ticket's runs">
      <THead>
        <tr>
          <TH>Kind</TH>
          <TH>Idempotency key</TH>
          <TH>Time (UTC)</TH>
        </tr>
      </THead>
      <TBody>
        {effects.map((e) => (
          <TR key={e.id}>
            <TD>
              <Badge>{e.kind}</Badge>
            </TD>
            <TD>
              <code className="break-all text-zinc-700">{e.idempotencyKey}</code>
            </TD>
            <TD>
              <DateTime value={e.createdAt} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
