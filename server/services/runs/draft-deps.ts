import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { AiActivityDeps } from "../../ai/answer-ai-activity";
import { lookupContextOf } from "../lookups/lookup-context";
import type { LookupPort } from "../lookups/lookup-types";

/** What a draft of a stored ticket reaches: the given data sources, and the ticket read from the database for them. */
export function draftDeps(prisma: PrismaClient, lookups: LookupPort | undefined): AiActivityDeps {
  return lookups === undefined ? {} : { lookups, lookupContext: (ticketId) => lookupContextOf(prisma, ticketId) };
}
