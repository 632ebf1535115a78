import type { CategoryProfile } from "./catalog";
import { DAY, HOUR, MINUTE, nextBusinessTime } from "./calendar";
import { chance, logNormal, normal, type Rand } from "./random";

/**
 * What happened on one ticket and when, before anything is cut off at `now`: the first reply, an optional
 * customer follow-up and second reply (days later when the ticket stalled or was reopened), an escalation, the
 * resolution, the agent time and the CSAT score.
 */
export interface Timeline {
  firstResponseAt: number;
  followUpAt: number | null;
  secondReplyAt: number | null;
  escalatedAt: number | null;
  resolvedAt: number;
  reopens: number;
  agentChanges: number;
  queueChanges: number;
  escalated: boolean;
  stalled: boolean;
  handleTimeSec: number;
  /** The score the customer would give if surveyed; worse when slow, bounced, reopened or stalled. */
  satisfaction: number;
}

export interface TimelineInput {
  profile: CategoryProfile;
  createdAt: number;
  /** Chat and phone are answered within minutes, around the clock. */
  live: boolean;
  enterprise: boolean;
  frequent: boolean;
  /** Set when the category's reply is a macro: those tickets close fast and rarely bounce. */
  templated: boolean;
}

const round = (t: number) => Math.round(t / MINUTE) * MINUTE;

export function drawTimeline(rand: Rand, input: TimelineInput): Timeline {
  const { profile: p, createdAt, live, enterprise, frequent, templated } = input;
  const hard = templated ? p.difficulty * 0.3 : p.difficulty;

  const frMinutes = live ? logNormal(rand, 4, 0.7) : logNormal(rand, p.firstResponseMin * (enterprise ? 0.5 : 1), 0.9);
  const firstResponseAt = round((live ? createdAt : nextBusinessTime(createdAt)) + Math.max(1, frMinutes) * MINUTE);

  const escalated = chance(rand, 0.015 + 0.1 * hard + (enterprise ? 0.05 : 0) + (frequent ? 0.03 : 0));
  const misrouted = chance(rand, 0.03 + 0.1 * hard);
  const bounces = chance(rand, 0.04 + 0.12 * hard) ? (chance(rand, 0.3) ? 2 : 1) : 0;
  const queueChanges = (misrouted ? 1 : 0) + (escalated ? 1 : 0);
  const agentChanges = queueChanges + bounces;

  const stalled = chance(rand, 0.02 + 0.06 * hard);
  const reopened = !stalled && chance(rand, 0.02 + 0.08 * hard);
  const followUp = stalled || reopened || chance(rand, 0.12 + 0.3 * hard + (frequent ? 0.1 : 0));

  let resolvedAt = round(
    Math.max(firstResponseAt + 5 * MINUTE, createdAt + logNormal(rand, p.resolutionHours * (templated ? 0.4 : 1), templated ? 0.5 : 0.8) * HOUR),
  );
  let followUpAt: number | null = null;
  let secondReplyAt: number | null = null;
  if (followUp) {
    const window = Math.max(30 * MINUTE, resolvedAt - firstResponseAt);
    followUpAt = round(firstResponseAt + (reopened ? window + logNormal(rand, 20, 0.6) * HOUR : (0.15 + 0.5 * rand()) * window));
    // A stall is the agent side going quiet for days after the customer wrote again.
    const wait = stalled ? (3 + 5 * rand()) * DAY : Math.max(10, logNormal(rand, p.firstResponseMin * 0.6, 0.8)) * MINUTE;
    secondReplyAt = round(followUpAt + wait);
    resolvedAt = Math.max(resolvedAt, secondReplyAt + round(logNormal(rand, 30, 0.8) * MINUTE));
  }
  const escalatedAt = escalated ? round(firstResponseAt + (0.1 + 0.4 * rand()) * (resolvedAt - firstResponseAt)) : null;

  const agentReplies = followUp ? 2 : 1;
  const handleTimeSec = Math.round(
    Math.max(30, logNormal(rand, p.handleSec * (templated ? 0.5 : 1), 0.6)) * (1 + 0.6 * (agentReplies - 1)) * (escalated ? 1.5 : 1),
  );

  const slow = (resolvedAt - createdAt) / HOUR > 2 * p.resolutionHours;
  const mood = 4.4 - (slow ? 0.8 : 0) - 0.5 * agentChanges - (reopened ? 0.8 : 0) - (stalled ? 1.2 : 0) - (escalated ? 0.4 : 0) - 0.5 * hard;
  const satisfaction = Math.min(5, Math.max(1, Math.round(mood + 0.8 * normal(rand))));

  return {
    firstResponseAt,
    followUpAt,
    secondReplyAt,
    escalatedAt,
    resolvedAt,
    reopens: reopened ? (chance(rand, 0.15) ? 2 : 1) : 0,
    agentChanges,
    queueChanges,
    escalated,
    stalled,
    handleTimeSec,
    satisfaction,
  };
}
