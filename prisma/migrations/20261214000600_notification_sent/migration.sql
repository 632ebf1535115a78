-- Slack messages the outbox has sent, by their outbox key, so a message marked sent is never sent again (not even
-- when the same key is queued anew). Old rows are pruned as new ones are written.
CREATE TABLE "NotificationSent" (
    "key" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationSent_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "NotificationSent_sentAt_idx" ON "NotificationSent"("sentAt");
