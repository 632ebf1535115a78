/** A Zendesk ticket as the incremental export API writes one, for parser tests; `extra` adds or replaces fields. */
export const zendeskTicket = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  subject: `Ticket ${id}`,
  description: `Text of ticket ${id}`,
  created_at: "2024-05-01T10:00:00Z",
  requester_id: 1,
  status: "solved",
  ...extra,
});
