import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { connectionKinds } from "@/server/services/connections/connection-kinds";

export const connectionKindsProcedure = authedProcedure("connections.manage").query(() => connectionKinds());
