"use client";

import { useEffect, useState } from "react";
import { withinBusinessHours } from "@/workflows/interpret/business-hours";
import { businessCalendarOf } from "@/workflows/interpret/business-hours-calendar";
import { localTimeText } from "@/workflows/interpret/business-hours-text";
import type { TWorkspaceCalendar } from "@/workflows/model/calendar";
import { PLAN_VERSION, type FlowPlan } from "@/workflows/model/plan";

const NO_FLOW: FlowPlan = { planVersion: PLAN_VERSION, entry: {}, nodes: {} };

/**
 * What the calendar says right now, as a check that the zone and hours are the intended ones: "Now: Mon 7 Dec
 * 2026, 10:15 (Europe/Paris), open". Rendered after mount: the server's clock and zone are not the reader's.
 */
export function ZoneClock({ calendar }: { calendar: TWorkspaceCalendar | null }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (calendar === null || now === null) return <span>A name such as Europe/Paris; summer time is followed.</span>;
  const resolved = businessCalendarOf(NO_FLOW, calendar);
  const open = withinBusinessHours(now, resolved);
  return (
    <span>
      Now: {localTimeText(now, resolved)}, <strong className={open ? "text-emerald-700" : "text-zinc-700"}>{open ? "open" : "closed"}</strong>.
    </span>
  );
}
