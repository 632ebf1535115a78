"use client";

import { Badge, type Tone } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { plural } from "@/components/ui/format";
import { DataTable, type DataColumn } from "@/components/ui/DataTable";
import type { RouterOutputs } from "@/server/api/root";
import type { TTier } from "@/workflows/model/tier-map";
import { countsPerTier, TIER_NAMES, TIERS, type TierMapDraft } from "./tier-map-draft";

type TierMapCategory = RouterOutputs["tierMap"]["get"]["categories"][number];

export const TIER_TONES: Record<TTier, Tone> = { 1: "green", 2: "blue", 3: "amber" };
const SELECT = "h-7 rounded-md border border-zinc-300 bg-white px-1.5 text-xs text-zinc-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 disabled:bg-zinc-50 disabled:text-zinc-600";

export function tierLabel(tier: TTier): string {
  return `Tier ${tier} ${TIER_NAMES[tier]}`;
}

/**
 * Every category of the history with its volume, the audit's suggestion and the confirmed tier, searchable,
 * sortable and paged. A category left unconfirmed gets the map's default tier; the select says which.
 */
export function CategoryTierTable({
  categories,
  draft,
  readOnly,
  hasSuggestions,
  onTier,
  onAcceptAll,
}: {
  categories: readonly TierMapCategory[];
  draft: TierMapDraft;
  readOnly: boolean;
  hasSuggestions: boolean;
  onTier: (category: string, tier: TTier | null) => void;
  onAcceptAll: () => void;
}) {
  const counts = countsPerTier(draft, categories);
  const pending = categories.filter((c) => c.suggested !== null && draft.tiers[c.category] !== c.suggested.tier).length;
  const columns: Array<DataColumn<TierMapCategory>> = [
    { id: "category", header: "Category", sortValue: (c) => c.category, className: "max-w-72 break-words font-medium", cell: (c) => c.category },
    { id: "tickets", header: "Tickets", align: "right", sortDescFirst: true, sortValue: (c) => c.tickets, cell: (c) => c.tickets.toLocaleString("en-US") },
    { id: "suggested", header: "Suggested", sortValue: (c) => c.suggested?.tier, cell: (c) => <SuggestedTier category={c} /> },
    { id: "why", header: "Why", className: "max-w-md text-xs text-zinc-600", cell: (c) => <Reasons category={c} /> },
    {
      id: "confirmed",
      header: "Confirmed tier",
      sortValue: (c) => draft.tiers[c.category],
      cell: (c) => <TierSelect category={c} tier={draft.tiers[c.category] ?? null} defaultTier={draft.defaultTier} readOnly={readOnly} onTier={onTier} />,
    },
  ];

  return (
    <div className="space-y-3">
      <ul aria-label="Categories per tier" className="flex flex-wrap gap-2 text-xs">
        {counts.map((c) => (
          <li key={String(c.tier)} className="rounded-md bg-white px-2.5 py-1.5 ring-1 ring-zinc-200">
            {c.tier === null ? <Badge>Not confirmed</Badge> : <Badge tone={TIER_TONES[c.tier]}>{tierLabel(c.tier)}</Badge>}
            <span className="ml-2 tabular-nums text-zinc-700">
              {c.categories} {c.categories === 1 ? "category" : "categories"} · {plural(c.tickets, "ticket")}
            </span>
          </li>
        ))}
      </ul>
      <DataTable
        rows={categories}
        columns={columns}
        rowKey={(c) => c.category}
        label="Tier map"
        caption="Categories with their suggested and confirmed tier"
        noun={{ one: "category", many: "categories" }}
        searchText={(c) => c.category}
        searchPlaceholder="e.g. card"
        initialSort={{ columnId: "tickets", desc: true }}
        emptyText="No categories yet: import ticket history or run the audit to categorise it."
        toolbar={
          readOnly ? undefined : (
            <Button size="sm" onClick={onAcceptAll} disabled={!hasSuggestions || pending === 0} title={hasSuggestions ? undefined : "Run the audit first"}>
              Accept all suggestions{hasSuggestions && pending > 0 ? ` (${pending})` : ""}
            </Button>
          )
        }
      />
    </div>
  );
}

function SuggestedTier({ category: c }: { category: TierMapCategory }) {
  return c.suggested === null ? <span className="text-zinc-500">—</span> : <Badge tone={TIER_TONES[c.suggested.tier]}>{tierLabel(c.suggested.tier)}</Badge>;
}

function Reasons({ category: c }: { category: TierMapCategory }) {
  if (c.suggested === null || c.suggested.reasons.length === 0) return <span className="text-zinc-500">—</span>;
  return (
    <ul className="list-disc space-y-0.5 pl-4">
      {c.suggested.reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

function TierSelect({
  category: c,
  tier,
  defaultTier,
  readOnly,
  onTier,
}: {
  category: TierMapCategory;
  tier: TTier | null;
  defaultTier: TTier;
  readOnly: boolean;
  onTier: (category: string, tier: TTier | null) => void;
}) {
  const differs = c.suggested !== null && tier !== null && tier !== c.suggested.tier;
  return (
    <>
      <select
        aria-label={`Tier for ${c.category}`}
        className={SELECT}
        value={tier === null ? "" : String(tier)}
        disabled={readOnly}
        onChange={(e) => onTier(c.category, e.target.value === "" ? null : (Number(e.target.value) as TTier))}
      >
        <option value="">Not confirmed (default: Tier {defaultTier})</option>
        {TIERS.map((t) => (
          <option key={t} value={t}>
            {tierLabel(t)}
          </option>
        ))}
      </select>
      {differs && <p className="mt-1 text-[11px] text-zinc-600">Differs from the suggestion</p>}
    </>
  );
}
