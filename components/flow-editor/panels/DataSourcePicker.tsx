"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Select, TextInput } from "./inputs";

/**
 * The data source a lookup node asks, picked from the workspace's list: a name picked beats a typo the compiler
 * would refuse at publish. Until the list arrives (or when it cannot be read) the name can still be typed.
 */
export function DataSourcePicker({ value, onChange }: { value: unknown; onChange: (v: unknown) => void }) {
  const trpc = useTRPC();
  const names = useQuery({ ...trpc.dataSources.names.queryOptions(), staleTime: 30_000 });
  const current = typeof value === "string" ? value : "";
  const sources = names.data ?? [];
  if (sources.length === 0) {
    return (
      <div className="space-y-1">
        <TextInput value={current} placeholder="orders" onChange={(v) => onChange(v)} />
        {names.isSuccess && <p className="text-[11px] text-zinc-500">No data sources yet: an admin adds them in Settings → Data sources.</p>}
      </div>
    );
  }
  const options = sources.map((s) => ({ value: s.name, label: s.enabled ? s.name : `${s.name} (turned off)` }));
  // A name no longer in the list (renamed, deleted) stays visible, so the compiler's message has something to point at.
  if (current !== "" && !options.some((o) => o.value === current)) options.unshift({ value: current, label: `${current} (not found)` });
  const picked = sources.find((s) => s.name === current);
  return (
    <div className="space-y-1">
      <Select label="Data source" value={current || undefined} options={options} onChange={(v) => onChange(v ?? "")} />
      {picked?.description ? <p className="text-[11px] text-zinc-500">{picked.description}</p> : null}
    </div>
  );
}
