"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { Button, ButtonLink } from "@/components/ui/Button";
import { errorText } from "@/components/ui/error-text";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { pct } from "./format";

type Rates = RouterOutputs["shadowReview"]["rates"];
type Row = Rates["byCategory"][number];
type Switched = RouterOutputs["shadowReview"]["switchToAutonomous"];
type Scope = "category" | "intent";

/** The team's target, then per category and per intent how often the drafts would have been right. */
export function RatesTable({ rates, onChanged }: { rates: Rates; onChanged: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const switchMode = useMutation(trpc.shadowReview.switchToAutonomous.mutationOptions());
  const [switched, setSwitched] = useState<Switched | null>(null);
  const [error, setError] = useState<string | null>(null);
  const doSwitch = async (scope: Scope, value: string) => {
    setError(null);
    try {
      setSwitched(await switchMode.mutateAsync({ scope, value }));
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <section aria-labelledby="rates-title" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="rates-title" className="text-sm font-semibold text-zinc-900">
          Would-have-been-correct rate
        </h2>
        <TargetForm target={rates.target} onSaved={onChanged} />
      </div>
      <p className="text-xs text-zinc-600">
        Only &quot;would send&quot; counts as correct: an autonomous reply goes out as drafted, so a draft you would edit is counted as not correct. The range is
        the 95% confidence interval; &quot;reaches target at&quot; is the lowest confidence threshold at which the reviewed drafts it lets through meet the target.
      </p>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      {switched && <SwitchedNote switched={switched} />}
      <RateRows title="By category" scope="category" rows={rates.byCategory} target={rates.target} busy={switchMode.isPending} onSwitch={doSwitch} />
      <RateRows title="By intent" scope="intent" rows={rates.byIntent} target={rates.target} busy={switchMode.isPending} onSwitch={doSwitch} />
    </section>
  );
}

function RateRows(props: { title: string; scope: Scope; rows: Row[]; target: number; busy: boolean; onSwitch: (scope: Scope, value: string) => void }) {
  const head = props.scope === "category" ? "Category" : "Intent";
  return (
    <div className="space-y-1">
      <h3 className="text-xs font-semibold text-zinc-600">{props.title}</h3>
      <Table caption={props.title} aria-label={`Rates ${props.title.toLowerCase()}`}>
        <THead>
          <TR>
            <TH>{head}</TH>
            <TH className="text-right">Drafts</TH>
            <TH className="text-right">Reviewed</TH>
            <TH className="text-right">Would have been correct</TH>
            <TH>95% interval</TH>
            <TH>Reaches target at</TH>
            <TH>
              <span className="sr-only">Switch</span>
            </TH>
          </TR>
        </THead>
        <TBody>
          {props.rows.map((row) => (
            <TR key={row.key ?? "(none)"}>
              <TD className="font-medium">{row.key ?? <span className="text-zinc-500">(none)</span>}</TD>
              <TD className="text-right tabular-nums">{row.drafts}</TD>
              <TD className="text-right tabular-nums">{row.reviewed}</TD>
              <TD className="text-right tabular-nums">
                {pct(row.rate)}
                {row.rate !== null && row.rate >= props.target && (
                  <Badge tone="green" className="ml-2">
                    meets target
                  </Badge>
                )}
              </TD>
              <TD className="tabular-nums">{row.interval ? `${pct(row.interval.low)}–${pct(row.interval.high)}` : "–"}</TD>
              <TD className="tabular-nums">
                {row.reachesTargetAt ? `${row.reachesTargetAt.threshold.toFixed(2)} (${row.reachesTargetAt.reviewed} reviewed)` : row.reviewed > 0 ? "not reached" : "–"}
              </TD>
              <TD className="text-right">
                {row.key !== null && (
                  <Button size="sm" disabled={props.busy} aria-label={`Switch ${props.scope} ${row.key} to autonomous`} onClick={() => props.onSwitch(props.scope, row.key!)}>
                    Switch to autonomous
                  </Button>
                )}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </div>
  );
}

function SwitchedNote({ switched }: { switched: Switched }) {
  const edit = `/flows/${switched.flowId}/edit`;
  return (
    <div role="status" className="space-y-2 rounded-lg border border-indigo-200 bg-indigo-50 p-3 text-sm text-zinc-800">
      <p>
        A draft of <strong>{switched.flowName}</strong> is ready with {switched.intents.join(", ")} set to autonomous. Nothing changes for customers until it is
        published.
      </p>
      {switched.errors.length > 0 && <p className="text-red-700">The draft does not compile yet: {switched.errors.map((e) => e.message).join("; ")}</p>}
      <div className="flex gap-2">
        <ButtonLink size="sm" href={`${edit}?open=backtest`}>
          Run a backtest first
        </ButtonLink>
        <ButtonLink size="sm" variant="primary" href={`${edit}?open=publish`}>
          Review and publish
        </ButtonLink>
      </div>
    </div>
  );
}

function TargetForm({ target, onSaved }: { target: number; onSaved: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.shadowReview.setTarget.mutationOptions());
  const [value, setValue] = useState(String(Math.round(target * 100)));
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="flex items-center gap-2 text-sm"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          await save.mutateAsync({ target: Number(value) / 100 });
          await onSaved();
        } catch (err) {
          setError(errorText(err));
        }
      }}
    >
      <label htmlFor="shadow-target" className="text-zinc-700">
        Team target
      </label>
      <input id="shadow-target" type="number" min={50} max={100} step={1} className="w-16 rounded border border-zinc-300 px-2 py-1 text-right" value={value} onChange={(e) => setValue(e.target.value)} />
      <span>%</span>
      <Button size="sm" type="submit" disabled={save.isPending || Number(value) / 100 === target}>
        Save
      </Button>
      {error && <span role="alert" className="text-red-700">{error}</span>}
    </form>
  );
}
