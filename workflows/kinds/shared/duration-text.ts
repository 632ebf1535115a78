import { formatDuration, parseDuration } from "../../model/duration";

/** A duration as people wrote it, normalised when it parses ("90m" → "1h30m"), for default labels. */
export function readableDuration(text: string): string {
  const parsed = parseDuration(text);
  return parsed.ok ? formatDuration(parsed.ms) : text;
}

/**
 * The same few durations are formatted for every ticket a backtest replays (a node's own duration, and
 * the time left, which is that same duration when the node is reached at creation): remembered by value.
 */
const formatted = new Map<number, string>();
export function formatDurationCached(ms: number): string {
  let text = formatted.get(ms);
  if (text === undefined) {
    text = formatDuration(ms);
    if (formatted.size >= 1024) formatted.clear();
    formatted.set(ms, text);
  }
  return text;
}
