import type { RouterOutputs } from "@/server/api/root";

type Caveat = RouterOutputs["backtests"]["get"]["caveats"][number];

/** What makes a figure of this run less trustworthy than it looks, said before the figures. */
export function BacktestCaveats({ caveats }: { caveats: Caveat[] }) {
  if (caveats.length === 0) return null;
  return (
    <section aria-label="Caveats" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-[13px] text-amber-950">
      <h2 className="font-semibold">Read these figures with care</h2>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {caveats.map((c) => (
          <li key={c.kind} data-caveat={c.kind}>
            {c.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
