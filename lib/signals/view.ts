import { z } from "zod";

/**
 * Which signals a page, a shared link or a download shows: the current window ends on `to` (a UTC day), and
 * tickets of one origin or both. A shared link keeps the day it was made for, so it reads the same later.
 */
export const ZSignalsViewSchema = z.object({
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Give a day as YYYY-MM-DD."),
  origin: z.enum(["all", "live", "imported"]).default("all"),
});
export type TSignalsView = z.infer<typeof ZSignalsViewSchema>;

/** The current window and the baseline it is compared with: the last 7 days against the 8 weeks before them. */
export const SIGNAL_WINDOW_DAYS = 7;
export const SIGNAL_BASELINE_WINDOWS = 8;

export const SIGNAL_EXPORT_FORMATS = ["csv", "markdown"] as const;
export type TSignalExportFormat = (typeof SIGNAL_EXPORT_FORMATS)[number];
