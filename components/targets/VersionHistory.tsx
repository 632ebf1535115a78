import type { RouterOutputs } from "@/server/api/root";
import { DateTime } from "@/components/ui/DateTime";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { formatTargetValue } from "@/workflows/metrics/targets";
import { formatDay } from "./format";

type History = RouterOutputs["targets"]["board"]["retired"][number];

/** Every version of one target, newest first: what was aimed for, from when, by whom and why. */
export function VersionHistory({ history, title, open = false }: { history: History; title: string; open?: boolean }) {
  const { metric } = history.key;
  const newest = history.versions[0];
  const stateOf = (v: History["versions"][number]) => (v.retiredAt !== null ? "retired" : v === newest ? "in force" : "replaced");
  return (
    <details open={open} className="group text-[13px]">
      <summary className="cursor-pointer select-none text-xs font-medium text-zinc-700 hover:text-zinc-900">
        {title} ({history.versions.length} {history.versions.length === 1 ? "version" : "versions"})
      </summary>
      <div className="mt-2">
        <Table caption={title} aria-label={title}>
          <THead>
            <TR>
              <TH>Version</TH>
              <TH className="text-right">Target</TH>
              <TH className="text-right">Baseline</TH>
              <TH>Due</TH>
              <TH>Set by</TH>
              <TH>When (UTC)</TH>
              <TH>Note</TH>
              <TH>State</TH>
            </TR>
          </THead>
          <TBody>
            {history.versions.map((v) => (
              <TR key={v.id}>
                <TD className="tabular-nums">v{v.version}</TD>
                <TD className="text-right tabular-nums">{formatTargetValue(metric, v.value)}</TD>
                <TD className="text-right tabular-nums">{v.baseline === null ? "–" : formatTargetValue(metric, v.baseline)}</TD>
                <TD className="whitespace-nowrap">{formatDay(v.dueOn)}</TD>
                <TD>{v.createdBy}</TD>
                <TD>
                  <DateTime value={v.createdAt} />
                </TD>
                <TD className="max-w-80 text-zinc-600">{v.note ?? "–"}</TD>
                <TD>{stateOf(v)}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </div>
    </details>
  );
}
