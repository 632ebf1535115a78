-- The deadline of the SLA target a ticket's live run is watching and has not met (null: none, or met), so the
-- agent workspace can list "SLA due soon" and show each ticket's due time without reading run traces.
ALTER TABLE "Ticket" ADD COLUMN "slaDueAt" TIMESTAMP(3);
CREATE INDEX "Ticket_slaDueAt_idx" ON "Ticket"("slaDueAt");

-- Runs recorded before the column: the newest deadline of each ticket's live runs, unless its newest SLA line is met.
UPDATE "Ticket" t SET "slaDueAt" = d."deadline"
FROM (
  SELECT r."ticketId",
    (array_agg(e."decision" ORDER BY e."at" DESC, e."seq" DESC))[1] AS "last",
    max(((e."details"->>'deadline')::timestamptz AT TIME ZONE 'UTC')) AS "deadline"
  FROM "RunEvent" e JOIN "FlowRun" r ON r."id" = e."runId"
  WHERE e."nodeType" = 'sla-timer' AND NOT r."shadow"
  GROUP BY r."ticketId"
) d
WHERE d."ticketId" = t."id" AND d."last" <> 'met' AND d."deadline" IS NOT NULL;
