import { Skeleton } from "@/components/ui/Skeleton";

/** The editor's frame (toolbar, palette, canvas, panel) while the flow loads. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="-mx-8 -my-6 flex h-screen flex-col">
      <span className="sr-only">Loading the flow editor…</span>
      <div className="flex h-11 items-center gap-2 border-b border-zinc-200 bg-white px-3">
        <Skeleton className="h-4 w-48" />
      </div>
      <div className="flex flex-1">
        <div className="w-44 space-y-2 border-r border-zinc-200 bg-white p-2">
          {Array.from({ length: 10 }, (_, i) => (
            <Skeleton key={i} className="h-5 w-full" />
          ))}
        </div>
        <div className="flex-1 bg-zinc-50" />
        <div className="w-80 border-l border-zinc-200 bg-white" />
      </div>
    </div>
  );
}
