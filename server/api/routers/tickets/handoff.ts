import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { handoffPackage } from "@/server/services/tickets/handoff-package";

export const ZHandoffInput = z.object({ id: z.string().min(1) });

/** The handoff package on top of the ticket view: why it came to a person, what the AI tried, a summary, the customer. */
export const handoffProcedure = authedProcedure("tickets.read")
  .input(ZHandoffInput)
  .query(({ ctx, input }) => handoffPackage({ prisma: ctx.prisma, ai: ctx.ports.ai }, input.id));
