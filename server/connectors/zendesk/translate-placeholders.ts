import "server-only";
/**
 * Zendesk placeholders the flow's templates can fill under another name. Anything else is left as
 * written (the flow's renderer keeps unknown placeholders visible) and reported, so nobody is
 * surprised by a literal "{{ticket.url}}" in Slack.
 */
const RENAMES: Readonly<Record<string, string>> = {
  "ticket.id": "ticket.id",
  "ticket.title": "ticket.subject",
  "ticket.description": "ticket.body",
  "ticket.priority": "ticket.priority",
  "ticket.status": "ticket.status",
  "ticket.tags": "ticket.tags",
  "ticket.via": "ticket.channel",
  "ticket.requester.name": "customer.name",
  "ticket.requester.first_name": "customer.name",
  "ticket.group.name": "ticket.queue",
};

export function translatePlaceholders(text: string): { text: string; unknown: string[] } {
  const unknown = new Set<string>();
  const out = text.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, name: string) => {
    const renamed = RENAMES[name];
    if (renamed !== undefined) return `{{${renamed}}}`;
    unknown.add(whole);
    return whole;
  });
  return { text: out, unknown: [...unknown] };
}
