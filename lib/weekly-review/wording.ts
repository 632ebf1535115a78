import type { TCorrectionItem, TMovedItem, TPublishedVersion, TReviewSnapshot, TShadowItem, TSlaItem } from "./snapshot";

type TRate = TReviewSnapshot["overall"]["now"];

/** "42%", or "–" when there is nothing to divide. */
export function pct(rate: number | null): string {
  return rate === null ? "–" : `${Math.round(rate * 100)}%`;
}

/** "42% (420 of 1,000; 95% interval 39–45%)": never a bare percentage. */
export function rateWithCounts(r: TRate, of = "tickets"): string {
  if (r.rate === null) return `no ${of}`;
  const interval = r.low === null || r.high === null ? "" : `; 95% interval ${pct(r.low)}–${pct(r.high)}`;
  return `${pct(r.rate)} (${r.numerator.toLocaleString("en-US")} of ${r.count.toLocaleString("en-US")} ${of}${interval})`;
}

function signed(n: number, unit = ""): string {
  return `${n > 0 ? "+" : n < 0 ? "−" : "±"}${Math.abs(n).toLocaleString("en-US")}${unit}`;
}

export function categoryName(category: string): string {
  return category === "" ? "(no category)" : category;
}

export function intentName(intent: string): string {
  return intent === "" ? "(no intent)" : intent;
}

export function queueName(item: Pick<TSlaItem, "queueName">): string {
  return item.queueName === "" ? "(no queue)" : item.queueName;
}

/** "Automation 30% → 45% (+15 points)" and "volume 200 → 260 (+60)", each marked when it is within noise. */
export function movedTitle(m: TMovedItem): string {
  const points = m.rateChange === null ? "" : ` (${signed(Math.round(m.rateChange * 100), " points")}${m.rateNoise ? ", within noise" : ""})`;
  const volume = ` (${signed(m.volumeChange)}${m.volumeNoise ? ", within noise" : ""})`;
  return `${categoryName(m.category)}: automation ${pct(m.before.automation.rate)} → ${pct(m.now.automation.rate)}${points}; volume ${m.before.tickets.toLocaleString("en-US")} → ${m.now.tickets.toLocaleString("en-US")}${volume}`;
}

export function movedDetail(m: TMovedItem): string {
  return `Automated ${m.before.automation.numerator} of ${m.before.tickets} the week before, ${m.now.automation.numerator} of ${m.now.tickets} this week.`;
}

export function versionTitle(v: TPublishedVersion): string {
  return `${v.flowName} v${v.number}`;
}

export function versionDetail(v: TPublishedVersion): string {
  const message = v.message.trim() === "" ? "" : `: “${v.message.trim()}”`;
  return `published ${v.publishedAt.slice(0, 16).replace("T", " ")} UTC by ${v.author}${message}`;
}

export function correctionTitle(c: TCorrectionItem): string {
  return `${intentName(c.from)} → ${intentName(c.to)}: ${c.count} ${c.count === 1 ? "ticket" : "tickets"}`;
}

export function shadowTitle(s: TShadowItem, target: number, minReviews: number): string {
  const status = s.status === "ready" ? "ready" : `needs ${minReviews - s.reviewed} more reviews`;
  return `${categoryName(s.category)}: ${status}. ${rateWithCounts(s.rate, "reviewed drafts")} would have been correct; target ${pct(target)}`;
}

export function slaTitle(s: TSlaItem): string {
  return `${queueName(s)}: ${s.breached.numerator} ${s.breached.numerator === 1 ? "breach" : "breaches"}, ${rateWithCounts(s.breached)}; ${s.breachedBefore} the week before`;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "Monday 7 December to Sunday 13 December 2026" (the first year too when the week spans two). */
export function weekSpan(from: string, to: string): string {
  const day = (d: string, year: boolean) => {
    const date = new Date(`${d}T00:00:00Z`);
    return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}${year ? ` ${date.getUTCFullYear()}` : ""}`;
  };
  return `${day(from, from.slice(0, 4) !== to.slice(0, 4))} to ${day(to, true)}`;
}

/** The week's automation rate against the week before's, in one sentence, with what is still provisional. */
export function overallSentence(o: TReviewSnapshot["overall"]): string {
  const provisional = o.provisional > 0 ? ` ${o.provisional} automated resolutions are still provisional: they may yet come back.` : "";
  if (o.now.count === 0 && o.before.count === 0) return "No tickets this week or the week before.";
  if (o.now.count === 0) return `No tickets this week; the week before, the automation rate was ${rateWithCounts(o.before)}.`;
  if (o.before.count === 0) return `Automation rate ${rateWithCounts(o.now)}; no tickets the week before.${provisional}`;
  return `Automation rate ${rateWithCounts(o.now)}, against ${rateWithCounts(o.before)} the week before.${provisional}`;
}
