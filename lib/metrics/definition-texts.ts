import { CSAT_SATISFIED_AT, DEFAULT_REPEAT_CONTACT_DAYS } from "../../workflows/metrics/definitions";
import { MIN_SAMPLE_FOR_RATE } from "../../workflows/metrics/intervals";
import { DEFAULT_HANDLE_TIME_SEC } from "../../workflows/interpret/replay/metrics/add-to-metrics";

/**
 * How each figure is counted, one sentence each, in the words of workflows/metrics/definitions.ts (which counts
 * them): the dashboards' "how this is counted" hints and the About page read these, so the words and the counting
 * change together.
 */
export const METRIC_IDS = [
  "automation",
  "deflection",
  "aiAssisted",
  "human",
  "cameBack",
  "provisional",
  "accuracyCombined",
  "accuracyFeedback",
  "accuracyShadow",
  "accuracyOutcome",
  "slaBreached",
  "escalated",
  "agentHoursSaved",
  "firstResponse",
  "resolution",
  "handle",
  "csat",
  "tierMix",
  "interval",
  "versionImpact",
] as const;
export type TMetricId = (typeof METRIC_IDS)[number];

export interface TMetricDefinitionText {
  /** The figure's name as the dashboards show it. */
  name: string;
  /** How it is counted: one sentence. */
  text: string;
}

const WINDOW = `${DEFAULT_REPEAT_CONTACT_DAYS} days`;

export const METRIC_DEFINITION_TEXTS: Record<TMetricId, TMetricDefinitionText> = {
  automation: {
    name: "Automation rate",
    text: `Tickets resolved with no agent reply to the customer that were not reopened and brought no repeat contact on the same issue within ${WINDOW}, over every ticket created in the period, open ones included.`,
  },
  deflection: {
    name: "Deflection",
    text: "Automated resolutions where the customer got an AI answer (not a closing rule or an auto-close), over every ticket created in the period.",
  },
  aiAssisted: {
    name: "AI-assisted",
    text: "Tickets an agent answered by sending a Tier 2 draft of the AI's, as drafted or edited, over every ticket created in the period.",
  },
  human: {
    name: "Human-handled",
    text: "Tickets an agent answered without a draft of the AI's, over every ticket created in the period.",
  },
  cameBack: {
    name: "Came back",
    text: `Resolved with no agent reply, but reopened or followed by a repeat contact from the same customer in the same category within ${WINDOW}: not counted as automated.`,
  },
  provisional: {
    name: "Still inside the window",
    text: `Automated resolutions less than ${WINDOW} old: they count as automated now, and stop counting if the ticket is reopened or the customer comes back before the window closes.`,
  },
  accuracyCombined: {
    name: "AI accuracy",
    text: "Each ticket with an AI answer counted once, from its most direct evidence: an agent's verdict, else a shadow reviewer's, else whether it came back after the answer.",
  },
  accuracyFeedback: {
    name: "Agent feedback",
    text: "The latest verdict an agent gave on the ticket's AI reply: good or suboptimal counts as correct, anything else as wrong.",
  },
  accuracyShadow: {
    name: "Shadow review",
    text: "The latest reviewer verdict on the ticket's shadow draft: only \"would send\" counts as correct.",
  },
  accuracyOutcome: {
    name: "Outcome",
    text: `AI answers on resolved tickets whose ${DEFAULT_REPEAT_CONTACT_DAYS}-day window has closed: correct unless the ticket was reopened or the customer came back.`,
  },
  slaBreached: {
    name: "SLA breaches",
    text: "Tickets where an SLA timer of their flow ran out before its target was met, over every ticket created in the period.",
  },
  escalated: {
    name: "Escalations",
    text: "Tickets handed off to a person, by the reason the flow or the helpdesk gave; \"unspecified\" when none was given.",
  },
  agentHoursSaved: {
    name: "Agent hours saved",
    text: "For each automated ticket, the median handle time the helpdesk recorded in its category (five minutes where it recorded none), added up.",
  },
  firstResponse: {
    name: "First response time",
    text: "From the ticket's creation to the first reply to the customer, in business hours where the workspace sets them; median and 90th percentile.",
  },
  resolution: {
    name: "Resolution time",
    text: "From the ticket's creation to its resolution, in business hours where the workspace sets them; median and 90th percentile.",
  },
  handle: {
    name: "Handle time",
    text: "The agent time the helpdesk recorded on a ticket; automated tickets have none, and the studio's own agent workspace does not record it.",
  },
  csat: {
    name: "CSAT",
    text: `The share of 1–5 ratings of ${CSAT_SATISFIED_AT} or 5, with its 95% interval and the number of ratings; below ${MIN_SAMPLE_FOR_RATE} ratings it is too few to compare.`,
  },
  tierMix: {
    name: "Tier mix",
    text: "Tickets by the tier their flow or the history gave them: Tier 1 automated, Tier 2 AI-assisted, Tier 3 people.",
  },
  interval: {
    name: "Interval",
    text: "The range the true rate lies in with 95% confidence (Wilson interval): wide on few tickets, narrow on many.",
  },
  versionImpact: {
    name: "Before and after",
    text: "The same figures over the weeks before a flow version went live and the weeks after it; imported history is the baseline when nothing live came before.",
  },
};

export function definitionText(id: TMetricId): string {
  return METRIC_DEFINITION_TEXTS[id].text;
}
