-- A signal waits while an earlier signal to the same run is in the outbox, and the relay asks that for every
-- signal it delivers: without this index the question scans every pending message.
-- Prisma's schema language cannot express an index on a JSON expression, so it lives only here.
CREATE INDEX "OutboxMessage_payload_workflowId_idx" ON "OutboxMessage" (("payload"->>'workflowId'));
