import { Activity, Inbox } from "lucide-react";
import type { TSignalsReport } from "@/server/services/signals/signal-types";
import { EmptyState } from "@/components/ui/EmptyState";
import { plural } from "@/components/ui/format";
import { PageFriction } from "./PageFriction";
import { RepeatContacts } from "./RepeatContacts";
import { RisingCategories } from "./RisingCategories";
import { UnsureTopics } from "./UnsureTopics";
import { counted, shortDay } from "./signal-format";

/**
 * Every signal of a report. `readOnly` (a shared link) leaves out what needs a seat: links to tickets and the
 * ticket lists.
 */
export function SignalSections({ report, readOnly }: { report: TSignalsReport; readOnly: boolean }) {
  const { windows, rising, friction } = report;
  const current = windows.at(-1)!;
  const range = `${shortDay(current.from)} – ${shortDay(current.to)}`;
  const baseline = `${shortDay(windows[0]!.from)} – ${shortDay(windows.at(-2)!.to)}`;
  if (rising.checked === 0 && friction.tickets === 0 && report.repeats.tickets === 0) {
    return (
      <EmptyState icon={Inbox} title="No tickets in these weeks">
        There are no counted tickets between {shortDay(windows[0]!.from)} and {shortDay(current.to)}
        {report.view.origin === "all" ? "" : ` (${report.view.origin} tickets)`}. Signals compare the last 7 days with the 8 weeks before them.
      </EmptyState>
    );
  }
  const risingCount = rising.categories.filter((c) => c.rising).length;
  const risingAreas = friction.areas.filter((a) => a.rising).length;
  return (
    <>
      {risingCount + risingAreas === 0 ? (
        <div role="status" className="mb-6 flex items-start gap-3 rounded-lg border border-zinc-200 bg-white p-4">
          <Activity className="mt-0.5 size-4 shrink-0 text-zinc-500" aria-hidden />
          <div>
            <h2 className="text-sm font-semibold text-zinc-900">No signal stands out this week</h2>
            <p className="mt-1 text-[13px] text-zinc-600">
              Checked {counted(rising.checked, "category", "categories")} and {plural(friction.areas.length, "page area")} for {range} against their own volume over{" "}
              {baseline}: none rose by more than chance would explain. Repeat contacts and possible new intents are below.
            </p>
          </div>
        </div>
      ) : (
        <p role="status" className="mb-6 text-[13px] text-zinc-700">
          For {range}, against {baseline}: <strong>{counted(risingCount, "rising category", "rising categories")}</strong>
          {risingAreas > 0 ? <>, <strong>{plural(risingAreas, "rising page area")}</strong></> : null}.
        </p>
      )}
      <RisingCategories rising={rising} windows={windows} view={report.view} readOnly={readOnly} />
      <PageFriction friction={friction} windows={windows} />
      <RepeatContacts repeats={report.repeats} windows={windows} view={report.view} readOnly={readOnly} />
      <UnsureTopics unsure={report.unsure} windows={windows} />
    </>
  );
}
