import "server-only";
import type { SetupGuide } from "../contract";
import type { TZendeskSettings } from "./settings";
import { zendeskWebhookBody, type TZendeskWebhookEvent } from "./webhook-body";

export const WEBHOOK_NAME = "Support studio";

interface TTrigger {
  event: TZendeskWebhookEvent;
  name: string;
  /** "Meet ALL of the following conditions" rows, as Zendesk's trigger editor words them. */
  all: string[];
  /** "Meet ANY of the following conditions" rows. */
  any?: string[];
}

/**
 * One trigger per event. Each excludes changes made by the studio's own agent: triggers also fire on updates the
 * studio makes through the API, and a flow that heard its own reply would answer it.
 */
function triggers(notStudio: string): TTrigger[] {
  return [
    { event: "ticket.created", name: "Studio: ticket created", all: ["Ticket > Ticket | Is | Created", notStudio] },
    {
      event: "comment.requester",
      name: "Studio: customer replied",
      all: ["Ticket > Ticket | Is | Updated", "Ticket > Comment | Is | Public", "Ticket > Current user | Is | (end user)"],
    },
    {
      event: "comment.agent",
      name: "Studio: agent replied",
      all: ["Ticket > Ticket | Is | Updated", "Ticket > Comment | Is | Public", "Ticket > Current user | Is | (agent)", notStudio],
    },
    {
      event: "ticket.changed",
      name: "Studio: ticket changed",
      all: ["Ticket > Ticket | Is | Updated", "Ticket > Status | Is not | Solved", notStudio],
      any: ["Ticket > Status | Changed", "Ticket > Priority | Changed", "Ticket > Group | Changed", "Ticket > Assignee | Changed"],
    },
    {
      event: "ticket.solved",
      name: "Studio: ticket solved",
      all: ["Ticket > Ticket | Is | Updated", "Ticket > Status | Changed to | Solved", notStudio],
    },
    {
      event: "ticket.rated",
      name: "Studio: satisfaction rated",
      all: ["Ticket > Ticket | Is | Updated"],
      any: [
        "Ticket > Satisfaction | Changed to | Good",
        "Ticket > Satisfaction | Changed to | Good with comment",
        "Ticket > Satisfaction | Changed to | Bad",
        "Ticket > Satisfaction | Changed to | Bad with comment",
      ],
    },
  ];
}

function conditionsOf(trigger: TTrigger): string[] {
  return [...trigger.all.map((c) => `ALL: ${c}`), ...(trigger.any ?? []).map((c) => `ANY: ${c}`)];
}

export function zendeskSetupGuide(settings: TZendeskSettings, webhookUrl: string): SetupGuide {
  const notStudio = `Ticket > Current user | Is not | the studio's agent (${settings.agentEmail})`;
  const all = triggers(notStudio);
  const admin = settings.baseUrl ? "Zendesk's Admin Center" : `Admin Center (https://${settings.subdomain}.zendesk.com/admin)`;
  return {
    steps: [
      `Pick the Zendesk agent the studio acts as (${settings.agentEmail}); a dedicated agent such as "Support bot" keeps the studio's replies apart from your team's. Make an API token: ${admin} → Apps and integrations → APIs → API tokens → Add API token, then paste it into "API token" here.`,
      `Create the webhook: Admin Center → Apps and integrations → Webhooks → Create webhook → "Trigger or automation" → Next. Name: ${WEBHOOK_NAME}. Endpoint URL: ${webhookUrl}. Request method: POST. Request format: JSON. Authentication: None (the studio checks Zendesk's signature instead). Click Create webhook.`,
      `On the webhook's page, under "Signing secret", click Reveal secret, copy it into "Webhook signing secret" here and save the connection.`,
      `Create ${all.length} triggers: Admin Center → Objects and rules → Business rules → Triggers → Create trigger. For each one below: type its name, add its conditions (under "Meet ALL" and "Meet ANY"), then under Actions choose "Notify by → Active webhook", pick "${WEBHOOK_NAME}" and paste its JSON body. The bodies differ only in "event".`,
      ...all.map((t) => `Trigger "${t.name}": ${conditionsOf(t).join("; ")}. JSON body: the body shown, with "event": "${t.event}".`),
      `Click "Test connection" here. Then open a test ticket in Zendesk as a customer would: "Last event received" on this page updates within seconds.`,
    ],
    webhookBody: zendeskWebhookBody(all[0]!.event),
    conditions: [`ALL: ${notStudio} (every trigger except "customer replied" and "satisfaction rated", which only customers set off)`],
    rules: all.map((t) => ({ name: t.name, conditions: conditionsOf(t), webhookBody: zendeskWebhookBody(t.event) })),
  };
}
