/**
 * A small undo/redo stack of whole-graph snapshots. Snapshots share unchanged node objects with the
 * live state (the canvas replaces, never mutates, nodes), so 50 of them cost little even at 200 nodes.
 */
export interface History<T> {
  past: T[];
  future: T[];
  /** Edits with the same key in quick succession (typing in one field) collapse into one undo step. */
  lastKey: string | undefined;
  lastAt: number;
}

export const HISTORY_LIMIT = 50;
const COALESCE_MS = 1000;

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [], lastKey: undefined, lastAt: 0 };
}

/** Call before a change, with the state as it was; returns the history to keep. */
export function record<T>(h: History<T>, before: T, key: string | undefined, now: number): History<T> {
  if (key !== undefined && key === h.lastKey && now - h.lastAt < COALESCE_MS) return { ...h, lastAt: now };
  const past = [...h.past, before].slice(-HISTORY_LIMIT);
  return { past, future: [], lastKey: key, lastAt: now };
}

export function undo<T>(h: History<T>, current: T): { history: History<T>; state: T } | undefined {
  const state = h.past[h.past.length - 1];
  if (state === undefined) return undefined;
  return { history: { past: h.past.slice(0, -1), future: [current, ...h.future], lastKey: undefined, lastAt: 0 }, state };
}

export function redo<T>(h: History<T>, current: T): { history: History<T>; state: T } | undefined {
  const [state, ...future] = h.future;
  if (state === undefined) return undefined;
  return { history: { past: [...h.past, current].slice(-HISTORY_LIMIT), future, lastKey: undefined, lastAt: 0 }, state };
}
