/** The largest seeded sample a backtest takes: the API refuses more, and the start dialog says so as it is typed. */
export const MAX_SAMPLE_SIZE = 5_000_000;

export type TSampleSizeField = { size: number | undefined; problem: null } | { size: undefined; problem: string };

const RANGE = `from 1 to ${MAX_SAMPLE_SIZE.toLocaleString("en")}`;
const OR_EMPTY = "or leave it empty to replay every ticket in the selection";

/**
 * The sample size field as typed: empty is every ticket; otherwise a whole number of tickets in range, with
 * thousands separators allowed ("12,500"). Anything else gets a sentence saying what to type instead.
 */
export function readSampleSize(text: string): TSampleSizeField {
  const typed = text.trim();
  if (typed === "") return { size: undefined, problem: null };
  const digits = typed.replace(/[,\s]/g, "");
  if (/^[-−]/.test(digits) && /^[-−]\d+(\.\d+)?$/.test(digits)) return { size: undefined, problem: `A sample can't be negative: type a number of tickets ${RANGE}, ${OR_EMPTY}.` };
  if (/^\d+\.\d*$/.test(digits)) return { size: undefined, problem: `Type a whole number of tickets (no decimals), ${RANGE}, ${OR_EMPTY}.` };
  if (!/^\d+$/.test(digits)) return { size: undefined, problem: `Type the sample size as a number of tickets, like 500, ${OR_EMPTY}.` };
  const size = Number(digits);
  if (size < 1) return { size: undefined, problem: `A sample needs at least 1 ticket: type a number ${RANGE}, ${OR_EMPTY}.` };
  if (size > MAX_SAMPLE_SIZE) return { size: undefined, problem: `A sample can have at most ${MAX_SAMPLE_SIZE.toLocaleString("en")} tickets: type a smaller number, ${OR_EMPTY}.` };
  return { size, problem: null };
}
