-- A deleted ticket leaves the rollup too: its delete marks it dirty (the refresher then takes its counts out), and
-- marks the same customer's tickets resolved before it, whose repeat contact it may have been. Deleting a message,
-- a feedback, a run or a draft changes its ticket's metrics as writing one does.
-- Bodies are E-strings with their semicolons written as \073: the migration runner splits scripts at every semicolon.
CREATE FUNCTION metric_mark_dirty_deleted_ticket() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "MetricDirtyTicket" ("ticketId") VALUES (OLD."id") ON CONFLICT ("ticketId") DO NOTHING\073 INSERT INTO "MetricDirtyTicket" ("ticketId") SELECT t."id" FROM "Ticket" t WHERE t."customerId" = OLD."customerId" AND t."id" <> OLD."id" AND t."resolvedAt" < OLD."createdAt" ON CONFLICT ("ticketId") DO NOTHING\073 RETURN NULL\073 END';

CREATE FUNCTION metric_mark_dirty_old_owner() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "MetricDirtyTicket" ("ticketId") VALUES (OLD."ticketId") ON CONFLICT ("ticketId") DO NOTHING\073 RETURN NULL\073 END';

CREATE TRIGGER "Ticket_metric_dirty_delete" AFTER DELETE ON "Ticket" FOR EACH ROW EXECUTE FUNCTION metric_mark_dirty_deleted_ticket();

CREATE TRIGGER "Message_metric_dirty_delete" AFTER DELETE ON "Message" FOR EACH ROW EXECUTE FUNCTION metric_mark_dirty_old_owner();

CREATE TRIGGER "Feedback_metric_dirty_delete" AFTER DELETE ON "Feedback" FOR EACH ROW EXECUTE FUNCTION metric_mark_dirty_old_owner();

CREATE TRIGGER "FlowRun_metric_dirty_delete" AFTER DELETE ON "FlowRun" FOR EACH ROW EXECUTE FUNCTION metric_mark_dirty_old_owner();

CREATE TRIGGER "ShadowDraft_metric_dirty_delete" AFTER DELETE ON "ShadowDraft" FOR EACH ROW EXECUTE FUNCTION metric_mark_dirty_old_owner();

CREATE TRIGGER "AssistDraft_metric_dirty_delete" AFTER DELETE ON "AssistDraft" FOR EACH ROW EXECUTE FUNCTION metric_mark_dirty_old_owner();

-- Tickets written before the triggers existed are counted by the first refresh.
INSERT INTO "MetricDirtyTicket" ("ticketId") SELECT "id" FROM "Ticket" ON CONFLICT ("ticketId") DO NOTHING;
