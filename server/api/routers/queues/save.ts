import "server-only";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { ZQueueFormSchema } from "@/lib/settings/queue-schema";
import { createQueue, updateQueue } from "@/server/services/queues/save-queue";
import { deleteQueue } from "@/server/services/queues/delete-queue";

/** Adds a queue. */
export const createQueueProcedure = authedProcedure("settings.edit")
  .input(ZQueueFormSchema)
  .mutation(({ ctx, input }) => createQueue(ctx.prisma, input, actorOf(ctx.user)));

/** Renames a queue or changes its description and skills. */
export const updateQueueProcedure = authedProcedure("settings.edit")
  .input(z.object({ id: z.string().min(1), queue: ZQueueFormSchema }))
  .mutation(({ ctx, input }) => updateQueue(ctx.prisma, input.id, input.queue, actorOf(ctx.user)));

/** Deletes a queue without tickets, agents or flows routing to it. */
export const deleteQueueProcedure = authedProcedure("settings.edit")
  .input(z.object({ id: z.string().min(1) }))
  .mutation(({ ctx, input }) => deleteQueue(ctx.prisma, input.id, actorOf(ctx.user)));
