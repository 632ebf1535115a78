-- HTTP lookups flows and AI replies call, with the auth header's value sealed.
CREATE TABLE "DataSource" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "baseUrl" TEXT NOT NULL,
    "pathTemplate" TEXT NOT NULL,
    "authHeaderName" TEXT NOT NULL DEFAULT 'Authorization',
    "sealedSecret" TEXT NOT NULL DEFAULT '',
    "intents" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "fields" JSONB NOT NULL,
    "answerTemplate" TEXT,
    "timeoutMs" INTEGER NOT NULL DEFAULT 3000,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "DataSource_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "DataSource_name_key" ON "DataSource"("name");

-- Each ticket's lookup results: the live cache and what backtests read.
CREATE TABLE "LookupResult" (
    "id" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "request" TEXT,
    "fields" JSONB NOT NULL,
    "error" TEXT,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LookupResult_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "LookupResult_ticketId_source_key" ON "LookupResult"("ticketId", "source");
ALTER TABLE "LookupResult" ADD CONSTRAINT "LookupResult_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "LookupResult_source_fetchedAt_idx" ON "LookupResult"("source", "fetchedAt");
