-- Signed deliveries the generic ticket webhooks accepted, so the same signed request sent again is refused. A row
-- is needed only while its signature could still pass the timestamp window, so old rows are pruned.
CREATE TABLE "TicketWebhookReceipt" (
    "digest" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TicketWebhookReceipt_pkey" PRIMARY KEY ("digest")
);

CREATE INDEX "TicketWebhookReceipt_receivedAt_idx" ON "TicketWebhookReceipt"("receivedAt");
