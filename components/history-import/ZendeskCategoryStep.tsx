"use client";

import { useEffect, useId, useState, type ReactNode } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TCategorySource } from "@/lib/history-import/category-source";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { Skeleton } from "@/components/ui/Skeleton";
import { fieldOption, initialChoice, prefixOption, sourceOfChoice, type CategoryChoiceState } from "./category-choice";
import { CategoryPreview, previewScope } from "./CategoryPreview";
import { errorText } from "@/components/ui/error-text";

// Typing an id asks the server for a preview only once the person pauses.
const TYPING_PAUSE_MS = 300;
const NO_OFFER = { fields: [], tagPrefixes: [], tickets: 0, automatic: 0 };

/**
 * Step 2 for a Zendesk export: where the category comes from. The file's first tickets are read to offer their
 * custom fields (by id when the export does not name them) and tag prefixes with example values; the choice
 * remembered for this source is preselected; the categories the picked option gives are previewed.
 */
export function ZendeskCategoryStep({ jobId, starting, onStart }: { jobId: string; starting: boolean; onStart: (category: TCategorySource) => void }) {
  const trpc = useTRPC();
  const offer = useQuery(trpc.historyImport.zendeskCategories.queryOptions({ jobId }, { staleTime: Infinity, retry: false }));
  const [picked, setPicked] = useState<CategoryChoiceState | null>(null);
  const state = picked ?? (offer.data ? initialChoice(offer.data.remembered, offer.data.census) : null);
  const resolved = state ? sourceOfChoice(state) : null;
  const source = resolved && "source" in resolved ? resolved.source : undefined;
  const asked = useSettled(source, TYPING_PAUSE_MS);
  // The first read already previews the preselected choice; ask again only for another one.
  const askedFirst = asked !== undefined && same(asked, offer.data?.chosen);
  const preview = useQuery(
    trpc.historyImport.zendeskCategories.queryOptions(
      { jobId, category: asked },
      { enabled: asked !== undefined && !askedFirst && offer.isSuccess, placeholderData: keepPreviousData, staleTime: Infinity, retry: false },
    ),
  );
  const name = useId();

  if (offer.isPending || !state) {
    return (
      <div role="status" aria-label="Reading the export's first tickets" className="space-y-2">
        <Skeleton className="h-4 w-80" />
        <Skeleton className="h-24 w-full" />
      </div>
    );
  }
  const offered = offer.data?.census ?? NO_OFFER;
  const pick = (option: string, typed: Partial<CategoryChoiceState> = {}) => setPicked({ ...state, ...typed, option });
  const count = (tickets: number) => `${tickets.toLocaleString("en")} of ${offer.data ? previewScope(offer.data) : "the tickets"}`;
  const option = (value: string, label: ReactNode, detail?: ReactNode, extra?: ReactNode) => (
    <CategoryOption key={value} name={name} value={value} checked={state.option === value} onPick={() => pick(value)} label={label} detail={detail}>
      {extra}
    </CategoryOption>
  );

  return (
    <div className="space-y-4">
      {offer.isError ? (
        <p role="alert" className="text-sm text-rose-700">
          {errorText(offer.error)}
        </p>
      ) : (
        <p className="text-[13px] text-zinc-700">
          Zendesk exports often keep the category in a dropdown custom field, named only by its id when the export has no field titles, or
          in tags sharing a prefix. Pick where this one keeps it; the choice is remembered for the next import from <strong>{offer.data.source}</strong>.
        </p>
      )}
      <fieldset className="space-y-1">
        <legend className="mb-1 text-xs font-semibold text-zinc-700">Where does the category come from?</legend>
        {option("automatic", "Automatic", `A custom field named Category, Topic, Contact reason, Issue type or Request type (${count(offered.automatic)})`)}
        {offered.fields.map((f) => option(fieldOption(f.field), `Custom field ${f.field}`, `${count(f.tickets)} · e.g. ${f.examples.join(", ")}`))}
        {offered.tagPrefixes.map((p) => option(prefixOption(p.prefix), `Tags starting with ${p.prefix}`, `${count(p.tickets)} · e.g. ${p.examples.join(", ")}`))}
        {offer.isSuccess && offered.fields.length === 0 && offered.tagPrefixes.length === 0 && (
          <p className="px-2 py-1 text-xs text-zinc-500">
            The first tickets have no custom field values and no tags sharing a prefix: type a field id or a tag prefix below, or leave the
            categories to the audit.
          </p>
        )}
        {option(
          "otherField",
          "Another custom field",
          undefined,
          <TypedChoice label="Custom field id or title" placeholder="e.g. 360000111 or Contact reason" value={state.otherField} onType={(otherField) => pick("otherField", { otherField })} />,
        )}
        {option(
          "otherPrefix",
          "Another tag prefix",
          undefined,
          <TypedChoice label="Tag prefix" placeholder="e.g. topic_" value={state.otherPrefix} onType={(otherPrefix) => pick("otherPrefix", { otherPrefix })} />,
        )}
        {option("none", "No category from the file", "The audit categorises every ticket from its text")}
      </fieldset>
      <CategoryPreview
        preview={asked === undefined ? undefined : askedFirst ? offer.data : preview.data}
        pending={preview.isFetching || !same(asked, source)}
        error={resolved && "error" in resolved ? resolved.error : preview.isError ? errorText(preview.error) : null}
      />
      <Button variant="primary" disabled={!source || starting} onClick={() => source && onStart(source)}>
        {starting ? "Starting…" : "Start import"}
      </Button>
    </div>
  );
}

function CategoryOption(props: { name: string; value: string; checked: boolean; onPick: () => void; label: ReactNode; detail?: ReactNode; children?: ReactNode }) {
  const id = useId();
  return (
    <div className={`flex items-start gap-2 rounded-md px-2 py-1.5 ${props.checked ? "bg-indigo-50/70" : "hover:bg-zinc-50"}`}>
      <input
        type="radio"
        id={id}
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={props.onPick}
        aria-describedby={props.detail ? `${id}-detail` : undefined}
        className="mt-0.5 accent-indigo-600"
      />
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="text-[13px] font-medium text-zinc-800">
          {props.label}
        </label>
        {props.detail && (
          <p id={`${id}-detail`} className="truncate text-xs text-zinc-500">
            {props.detail}
          </p>
        )}
        {props.children}
      </div>
    </div>
  );
}

/** The text box of "another field" / "another prefix": typing in it picks its option. */
function TypedChoice({ label, placeholder, value, onType }: { label: string; placeholder: string; value: string; onType: (value: string) => void }) {
  return (
    <input
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onFocus={() => onType(value)}
      onChange={(e) => onType(e.target.value)}
      className="mt-1 block h-8 w-72 max-w-full rounded-md border border-zinc-300 px-2 text-[13px]"
    />
  );
}

const same = (a: TCategorySource | undefined, b: TCategorySource | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** The choice once it has stopped changing for `ms` (the first one at once); compared by content, not identity. */
function useSettled(value: TCategorySource | undefined, ms: number): TCategorySource | undefined {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const next = key === undefined ? undefined : (JSON.parse(key) as TCategorySource);
    const update = () => setSettled((prev) => (same(prev, next) ? prev : next));
    if (settled === undefined) return update();
    const timer = setTimeout(update, ms);
    return () => clearTimeout(timer);
  }, [key, ms, settled]);
  return settled;
}
