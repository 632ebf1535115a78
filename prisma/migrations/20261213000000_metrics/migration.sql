-- Quarterly targets become versioned. The old table was never written to.

DROP TABLE "Target";

CREATE TABLE "Target" (
    "id" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "category" TEXT NOT NULL DEFAULT '',
    "horizonMonths" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "baseline" DOUBLE PRECISION,
    "startsOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "note" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),
    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Target_metric_category_horizonMonths_version_key" ON "Target"("metric", "category", "horizonMonths", "version");

CREATE TABLE "MetricRollup" (
    "day" DATE NOT NULL,
    "origin" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "tier" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "queueId" TEXT NOT NULL,
    "flowId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "escalationReason" TEXT NOT NULL,
    "tickets" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "automated" INTEGER NOT NULL DEFAULT 0,
    "automatedPending" INTEGER NOT NULL DEFAULT 0,
    "deflected" INTEGER NOT NULL DEFAULT 0,
    "aiAssisted" INTEGER NOT NULL DEFAULT 0,
    "human" INTEGER NOT NULL DEFAULT 0,
    "cameBack" INTEGER NOT NULL DEFAULT 0,
    "unresolved" INTEGER NOT NULL DEFAULT 0,
    "escalated" INTEGER NOT NULL DEFAULT 0,
    "slaBreached" INTEGER NOT NULL DEFAULT 0,
    "reopened" INTEGER NOT NULL DEFAULT 0,
    "repeatContact" INTEGER NOT NULL DEFAULT 0,
    "feedbackCounted" INTEGER NOT NULL DEFAULT 0,
    "feedbackCorrect" INTEGER NOT NULL DEFAULT 0,
    "shadowCounted" INTEGER NOT NULL DEFAULT 0,
    "shadowCorrect" INTEGER NOT NULL DEFAULT 0,
    "outcomeCounted" INTEGER NOT NULL DEFAULT 0,
    "outcomeCorrect" INTEGER NOT NULL DEFAULT 0,
    "combinedCounted" INTEGER NOT NULL DEFAULT 0,
    "combinedCorrect" INTEGER NOT NULL DEFAULT 0,
    "csatAutomatedCount" INTEGER NOT NULL DEFAULT 0,
    "csatAutomatedSum" INTEGER NOT NULL DEFAULT 0,
    "csatAutomatedHappy" INTEGER NOT NULL DEFAULT 0,
    "csatAssistedCount" INTEGER NOT NULL DEFAULT 0,
    "csatAssistedSum" INTEGER NOT NULL DEFAULT 0,
    "csatAssistedHappy" INTEGER NOT NULL DEFAULT 0,
    "csatHumanCount" INTEGER NOT NULL DEFAULT 0,
    "csatHumanSum" INTEGER NOT NULL DEFAULT 0,
    "csatHumanHappy" INTEGER NOT NULL DEFAULT 0,
    "agentSecondsSaved" BIGINT NOT NULL DEFAULT 0,
    "frtAutomated" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "frtAssisted" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "frtHuman" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "resolutionAutomated" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "resolutionAssisted" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "resolutionHuman" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "handleAssisted" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "handleHuman" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    CONSTRAINT "MetricRollup_pkey" PRIMARY KEY ("day", "origin", "category", "tier", "channel", "queueId", "flowId", "versionId", "connectionId", "escalationReason")
);

CREATE INDEX "MetricRollup_day_category_idx" ON "MetricRollup"("day", "category");

CREATE TABLE "MetricTicketFact" (
    "ticketId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "origin" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "tier" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "queueId" TEXT NOT NULL,
    "flowId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "escalationReason" TEXT NOT NULL,
    "handling" TEXT NOT NULL,
    "deflected" BOOLEAN NOT NULL,
    "slaBreached" BOOLEAN NOT NULL,
    "repeatContact" BOOLEAN NOT NULL,
    "contribution" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MetricTicketFact_pkey" PRIMARY KEY ("ticketId")
);

CREATE INDEX "MetricTicketFact_day_category_idx" ON "MetricTicketFact"("day", "category");

CREATE INDEX "MetricTicketFact_day_handling_idx" ON "MetricTicketFact"("day", "handling");

CREATE TABLE "MetricDirtyTicket" (
    "ticketId" TEXT NOT NULL,
    "markedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MetricDirtyTicket_pkey" PRIMARY KEY ("ticketId")
);

CREATE INDEX "MetricDirtyTicket_markedAt_idx" ON "MetricDirtyTicket"("markedAt");

CREATE TABLE "WeeklyReview" (
    "week" TEXT NOT NULL,
    "snapshot" JSONB,
    "checks" JSONB NOT NULL DEFAULT '{}',
    "notes" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT,
    CONSTRAINT "WeeklyReview_pkey" PRIMARY KEY ("week")
);

CREATE TABLE "SignalShare" (
    "token" TEXT NOT NULL,
    "view" JSONB NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    CONSTRAINT "SignalShare_pkey" PRIMARY KEY ("token")
);

-- Element-wise sum of two histograms of different lengths: how rollup deltas are added to a cell.
CREATE FUNCTION metric_hist_add(a INTEGER[], b INTEGER[]) RETURNS INTEGER[] LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(coalesce(a[i], 0) + coalesce(b[i], 0) ORDER BY i), ARRAY[]::INTEGER[])
  FROM generate_series(1, greatest(coalesce(array_length(a, 1), 0), coalesce(array_length(b, 1), 0))) AS i
$$;

-- Marks a ticket for the rollup refresher. Triggers call it on every write that can change a ticket's metrics.
-- The body is an E-string with its semicolons written as \073: the migration runner splits scripts at every
-- semicolon, even inside a function body.
CREATE FUNCTION metric_mark_dirty_ticket() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "MetricDirtyTicket" ("ticketId") VALUES (NEW."id") ON CONFLICT ("ticketId") DO NOTHING\073 RETURN NULL\073 END';

CREATE FUNCTION metric_mark_dirty_owner() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "MetricDirtyTicket" ("ticketId") VALUES (NEW."ticketId") ON CONFLICT ("ticketId") DO NOTHING\073 RETURN NULL\073 END';

CREATE TRIGGER "Ticket_metric_dirty" AFTER INSERT OR UPDATE ON "Ticket" FOR EACH ROW EXECUTE FUNCTION metric_mark_dirty_ticket();

CREATE TRIGGER "Message_metric_dirty" AFTER INSERT OR UPDATE ON "Message" FOR EACH ROW EXECUTE FUNCTION metric_mark_dirty_owner();

CREATE TRIGGER "Feedback_metric_dirty" AFTER INSERT OR UPDATE ON "Feedback" FOR EACH ROW EXECUTE FUNCTION metric_mark_dirty_owner();

CREATE TRIGGER "FlowRun_metric_dirty" AFTER INSERT OR UPDATE ON "FlowRun" FOR EACH ROW EXECUTE FUNCTION metric_mark_dirty_owner();

CREATE TRIGGER "ShadowDraft_metric_dirty" AFTER INSERT OR UPDATE ON "ShadowDraft" FOR EACH ROW EXECUTE FUNCTION metric_mark_dirty_owner();

CREATE TRIGGER "AssistDraft_metric_dirty" AFTER INSERT OR UPDATE ON "AssistDraft" FOR EACH ROW EXECUTE FUNCTION metric_mark_dirty_owner();
