-- Helpdesks the studio runs on top of, their secrets sealed with the workspace key.
CREATE TABLE "Connection" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "settings" JSONB NOT NULL,
    "sealedSecrets" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "lastEventAt" TIMESTAMP(3),
    "lastCallAt" TIMESTAMP(3),
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Connection_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Connection_name_key" ON "Connection"("name");

-- Studio queues and agents and the helpdesk groups and users they stand for.
CREATE TABLE "ConnectionMapping" (
    "id" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "local" TEXT NOT NULL,
    "remoteId" TEXT NOT NULL,
    "remoteName" TEXT,
    CONSTRAINT "ConnectionMapping_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ConnectionMapping_connectionId_kind_local_key" ON "ConnectionMapping"("connectionId", "kind", "local");
ALTER TABLE "ConnectionMapping" ADD CONSTRAINT "ConnectionMapping_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Accepted webhook deliveries, so a replayed one is refused.
CREATE TABLE "WebhookReceipt" (
    "connectionId" TEXT NOT NULL,
    "digest" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WebhookReceipt_pkey" PRIMARY KEY ("connectionId","digest")
);
CREATE INDEX "WebhookReceipt_receivedAt_idx" ON "WebhookReceipt"("receivedAt");
ALTER TABLE "WebhookReceipt" ADD CONSTRAINT "WebhookReceipt_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The connection a live ticket came in through.
ALTER TABLE "Ticket" ADD COLUMN "connectionId" TEXT;
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE SET NULL ON UPDATE CASCADE;
