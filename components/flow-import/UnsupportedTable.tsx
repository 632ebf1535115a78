import { CircleCheck } from "lucide-react";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { formatZendeskValue, locationOf, type UnsupportedLocation } from "./lib/zendesk-import";

export interface UnsupportedRow extends UnsupportedLocation {
  field: string;
  operator?: string;
  value?: unknown;
  reason: string;
}

/** Every Zendesk condition or action the flow cannot express, with why; never collapsed or hidden. */
export function UnsupportedTable({ items, headingId }: { items: readonly UnsupportedRow[]; headingId: string }) {
  if (items.length === 0) {
    return (
      <p className="flex items-center gap-1.5 text-[13px] text-emerald-700">
        <CircleCheck className="size-4" aria-hidden />
        Every condition and action has an equivalent in the flow.
      </p>
    );
  }
  return (
    <Table aria-labelledby={headingId}>
      <THead>
        <tr>
          <TH>Where</TH>
          <TH>Field</TH>
          <TH>Operator</TH>
          <TH>Value</TH>
          <TH>Why it was not converted</TH>
        </tr>
      </THead>
      <TBody>
        {items.map((u) => (
          <TR key={locationOf(u)}>
            <TD className="whitespace-nowrap">
              <span className="text-zinc-500">{u.kind === "condition" ? "Condition" : "Action"}</span>{" "}
              <code className="font-mono text-[11px] text-zinc-700">{locationOf(u)}</code>
            </TD>
            <TD>
              <code className="font-mono text-xs">{u.field}</code>
            </TD>
            <TD className="text-zinc-600">{u.operator ?? "—"}</TD>
            <TD className="max-w-56 break-words font-mono text-xs text-zinc-600">{formatZendeskValue(u.value)}</TD>
            <TD className="max-w-md text-zinc-700">{u.reason}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
