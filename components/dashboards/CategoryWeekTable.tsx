"use client";

import { useState } from "react";
import { ArrowDownRight, ArrowRight, ArrowUpRight } from "lucide-react";
import { Button } from "@/components/ui/Button";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import type { TRate } from "@/workflows/metrics";
import { categoryName } from "./CategoryAutomationChart";
import { comparedWeeks, type TCategoryWeeks } from "./category-weeks";
import type { TOpenDrill } from "./drill";
import { formatCount, formatPercent, formatPoints, pointsChange, weekLabel } from "./format";

const FIRST = 12;

/** The automation rate per week as a tiny line (weeks without tickets leave a gap). */
function Sparkline({ weekly }: { weekly: TCategoryWeeks["weekly"] }) {
  const n = weekly.length;
  const x = (i: number) => (n === 1 ? 40 : (i / (n - 1)) * 80);
  const segments: string[][] = [[]];
  weekly.forEach((w, i) => {
    if (w.rate === null) segments.push([]);
    else segments.at(-1)!.push(`${x(i).toFixed(1)},${(19 - w.rate * 17).toFixed(1)}`);
  });
  return (
    <svg width="80" height="20" aria-hidden className="text-indigo-500">
      {segments
        .filter((s) => s.length > 0)
        .map((s, i) =>
          s.length === 1 ? <circle key={i} cx={s[0]!.split(",")[0]} cy={s[0]!.split(",")[1]} r="1.5" fill="currentColor" /> : <polyline key={i} points={s.join(" ")} fill="none" stroke="currentColor" strokeWidth="1.5" />,
        )}
    </svg>
  );
}

function WeekRate({ rate }: { rate: TRate }) {
  if (rate.count === 0) return <span className="text-zinc-500">no tickets</span>;
  return (
    <span className="tabular-nums">
      {formatPercent(rate.rate)} <span className="text-zinc-500">of {formatCount(rate.count)}</span>
    </span>
  );
}

/**
 * Automation by category, week over week, largest first: the range's rate, its weekly line, the last two complete
 * weeks of the range and the change between them in points.
 */
export function CategoryWeekTable({ rows, weeks, thisWeek, onDrill }: { rows: TCategoryWeeks[]; weeks: string[]; thisWeek: string; onDrill: TOpenDrill }) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, FIRST);
  const { last, previous } = comparedWeeks(weeks, thisWeek);
  const heading = (w: string | undefined) => (w === undefined ? "–" : `Week of ${weekLabel(w)}${w === thisWeek ? " (so far)" : ""}`);
  if (rows.length === 0) return <p className="rounded-lg border border-zinc-200 bg-white p-4 text-[13px] text-zinc-500">No tickets in these filters.</p>;
  return (
    <div className="space-y-2">
      <Table aria-label="Automation by category, week over week">
        <THead>
          <tr>
            <TH>Category</TH>
            <TH className="text-right">Tickets</TH>
            <TH className="text-right">Automation</TH>
            <TH>By week</TH>
            <TH className="text-right">{heading(previous)}</TH>
            <TH className="text-right">{heading(last)}</TH>
            <TH className="text-right">Change</TH>
            <TH>
              <span className="sr-only">Tickets</span>
            </TH>
          </tr>
        </THead>
        <TBody>
          {shown.map((r) => {
            const change = r.last.count > 0 && r.previous.count > 0 ? pointsChange(r.last.rate, r.previous.rate) : null;
            const Arrow = change === null || Math.abs(change) < 0.5 ? ArrowRight : change > 0 ? ArrowUpRight : ArrowDownRight;
            return (
              <TR key={r.category}>
                <TD className="font-medium">{categoryName(r.category)}</TD>
                <TD className="text-right tabular-nums">{formatCount(r.tickets)}</TD>
                <TD className="text-right tabular-nums">{formatPercent(r.automation.rate)}</TD>
                <TD>
                  <span title={r.weekly.map((w) => `${weekLabel(w.week)}: ${w.rate === null ? "no tickets" : `${formatPercent(w.rate)} of ${w.tickets}`}`).join("\n")}>
                    <Sparkline weekly={r.weekly} />
                  </span>
                </TD>
                <TD className="text-right">
                  <WeekRate rate={r.previous} />
                </TD>
                <TD className="text-right">
                  <WeekRate rate={r.last} />
                </TD>
                <TD className={`text-right tabular-nums ${change === null ? "text-zinc-500" : change > 0 ? "text-emerald-700" : change < 0 ? "text-red-700" : "text-zinc-600"}`}>
                  <span className="inline-flex items-center gap-0.5">
                    <Arrow className="size-3" aria-hidden />
                    {formatPoints(change)}
                  </span>
                </TD>
                <TD className="text-right">
                  <button
                    type="button"
                    onClick={() => onDrill({ title: `Tickets in ${categoryName(r.category)}`, group: { category: r.category } })}
                    className="rounded text-xs text-indigo-700 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
                  >
                    Tickets<span className="sr-only"> in {categoryName(r.category)}</span>
                  </button>
                </TD>
              </TR>
            );
          })}
        </TBody>
      </Table>
      {rows.length > FIRST && (
        <Button size="sm" variant="ghost" onClick={() => setAll((a) => !a)} aria-expanded={all}>
          {all ? `Show the ${FIRST} largest` : `Show all ${rows.length} categories`}
        </Button>
      )}
    </div>
  );
}
