import type { TSignalsView } from "@/lib/signals/view";
import { Button } from "@/components/ui/Button";

/** Which 7 days and which tickets: a plain form, so the view is in the address and survives a reload. */
export function ViewControls({ view }: { view: TSignalsView }) {
  return (
    <form method="get" action="/signals" className="mb-4 flex flex-wrap items-end gap-3 text-[13px]">
      <label className="flex flex-col gap-1">
        <span className="text-xs text-zinc-600">Last 7 days ending</span>
        <input type="date" name="to" defaultValue={view.to} required className="h-8 rounded-md border border-zinc-300 px-2" />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-zinc-600">Tickets</span>
        <select name="origin" defaultValue={view.origin} className="h-8 rounded-md border border-zinc-300 px-2">
          <option value="all">Live and imported</option>
          <option value="live">Live only</option>
          <option value="imported">Imported only</option>
        </select>
      </label>
      <Button type="submit" size="md">
        Show
      </Button>
    </form>
  );
}
