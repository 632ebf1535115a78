import "server-only";
import type { TSignalsView } from "@/lib/signals/view";
import type { TRisingResult, TWindow } from "@/workflows/metrics/rising";

/** A ticket shown as an example: its subject, and its id for a link to the inbox (null on a shared link). */
export interface TSignalExample {
  ticketId: string | null;
  subject: string;
  createdAt: Date;
}

export interface TRisingCategory extends TRisingResult {
  category: string;
  /** Tickets per window, oldest first (the last one is the current window). */
  trend: number[];
  examples: TSignalExample[];
}

export interface TPageArea {
  /** The first one or two segments of the page's path, ids replaced by ":id" ("/billing/invoices"). */
  area: string;
  tickets: number;
  expected: number;
  rising: boolean;
  chance: string;
  escalated: number;
  repeatContacts: number;
  trend: number[];
  examples: TSignalExample[];
}

export interface TRepeatCategory {
  category: string;
  tickets: number;
  repeatContacts: number;
  rate: number;
  low: number;
  high: number;
  /** Repeat contacts per window, oldest first. */
  trend: number[];
  examples: TSignalExample[];
}

export interface TUnsureTopic {
  /** Its most distinctive terms: the suggested name. */
  terms: string[];
  size: number;
  nearestIntent: string | null;
  trend: number[];
  examples: TSignalExample[];
}

export type TUnsureTopics =
  | { ok: true; windowDays: number; unsure: number; minSize: number; topics: TUnsureTopic[] }
  | { ok: false; message: string };

export interface TSignalsReport {
  view: TSignalsView;
  /** The baseline windows then the current one, oldest first: the x axis of every trend. */
  windows: TWindow[];
  rising: { checked: number; minObserved: number; alpha: number; categories: TRisingCategory[] };
  friction: { ticketsWithPage: number; tickets: number; areas: TPageArea[] };
  repeats: { tickets: number; repeatContacts: number; categories: TRepeatCategory[] };
  unsure: TUnsureTopics;
}
