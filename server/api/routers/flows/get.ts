import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { getFlowPage } from "@/server/services/flows/get-flow-page";

export const ZGetFlowInput = z.object({ id: z.string().min(1) });

/** A flow with its versions, its draft and the draft's compile errors, and the graph the flow page shows. */
export const getFlowProcedure = authedProcedure("flows.read")
  .input(ZGetFlowInput)
  .query(({ ctx, input }) => getFlowPage(ctx.prisma, input.id));
