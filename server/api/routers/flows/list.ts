import { publicProcedure } from "@/server/api/trpc";

/** Every flow with the versions that are live (active) and shadowing, newest edits first. */
export const listFlows = publicProcedure.query(async ({ ctx }) => {
  const flows = await ctx.prisma.flow.findMany({
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      name: true,
      description: true,
      updatedAt: true,
      activeVersion: { select: { id: true, number: true, status: true, publishedAt: true } },
      shadowVersion: { select: { id: true, number: true, status: true } },
      _count: { select: { versions: true } },
    },
  });
  return flows.map(({ activeVersion, shadowVersion, _count, ...flow }) => ({
    ...flow,
    active: activeVersion,
    shadow: shadowVersion,
    versionCount: _count.versions,
  }));
});
