import "server-only";
import type { SetupGuide } from "../contract";
import { FRESHDESK_SECRET_HEADER, type TFreshdeskSettings } from "./settings";
import { freshdeskWebhookTemplate } from "./webhook-body";

// The studio's own calls come from the API key's agent; rules that fire on agents' actions leave that agent out, or
// every reply and assignment the studio makes would come back to it as a human agent's.
const NOT_THE_STUDIO = 'When an action performed by: Agent, choosing every agent except the one whose API key the studio uses';

/** What a support-ops admin does in Freshdesk to send the studio its ticket events. */
export function freshdeskSetupGuide(settings: TFreshdeskSettings, webhookUrl: string): SetupGuide {
  const webhook =
    `Under "Perform these actions" choose "Trigger webhook": Request type POST, URL ${webhookUrl}; tick "Add custom ` +
    `headers" and enter ${FRESHDESK_SECRET_HEADER}: followed by the webhook secret you saved for this connection; ` +
    `Encoding JSON; Content "Advanced"; paste the webhook body below`;
  const withEvent = (event: string) => (event === "ticket_created" ? "" : ` with "event": "ticket_created" changed to "event": "${event}"`);
  return {
    steps: [
      `In Freshdesk (https://${settings.domain}), open Admin → Workflows → Automations.`,
      `On the "Ticket creation" tab, click "New rule" and name it "Studio: new ticket". ` +
        `Under "On tickets with these properties" add Ticket → Source → is → every source (Freshdesk needs one condition). ` +
        `${webhook}${withEvent("ticket_created")}. Click "Preview and save", then use "Reorder" to put it first ` +
        `(Freshdesk runs only the first matching creation rule unless the tab is set to run all matching rules).`,
      `On the "Ticket updates" tab, click "New rule", name it "Studio: customer replied": When an action performed by: ` +
        `Requester; Involves any of these events: Reply is sent. ${webhook}${withEvent("customer_replied")}. Save.`,
      `New rule "Studio: agent replied": ${NOT_THE_STUDIO}; Involves any of these events: Reply is sent. ` +
        `${webhook}${withEvent("agent_replied")}. Save.`,
      `New rule "Studio: ticket changed": ${NOT_THE_STUDIO}; Involves any of these events: Status is changed (from Any to Any), ` +
        `Priority is changed, Group is updated, Agent is updated. ${webhook}${withEvent("ticket_updated")}. Save.`,
      `For satisfaction ratings, one rule per survey answer (Freshdesk cannot send the answer itself): New rule ` +
        `"Studio: rated 5": When an action performed by: Requester; Involves any of these events: Customer feedback is ` +
        `received → your happiest answer. ${webhook}${withEvent("satisfaction_rated_5")}. Repeat for the other answers ` +
        `with satisfaction_rated_3 for a neutral answer and satisfaction_rated_1 for the unhappiest (use 2 and 4 on a ` +
        `longer scale).`,
      `Back in the studio, click "Test connection". Then create a test ticket in Freshdesk: this connection's ` +
        `"last event received" changes when the studio has it.`,
    ],
    webhookBody: freshdeskWebhookTemplate("ticket_created"),
    conditions: [
      "Studio: new ticket (Ticket creation): Source is any source",
      "Studio: customer replied (Ticket updates): performed by Requester; event Reply is sent",
      "Studio: agent replied (Ticket updates): performed by every agent except the studio's; event Reply is sent",
      "Studio: ticket changed (Ticket updates): performed by every agent except the studio's; events Status is changed, Priority is changed, Group is updated, Agent is updated",
      "Studio: rated N (Ticket updates): performed by Requester; event Customer feedback is received with that answer",
    ],
  };
}
