import { authedProcedure } from "@/server/api/trpc";

/**
 * What the start dialog offers: the categories in the history (most tickets first) and the span of the
 * history, so the default range is "the last 90 days of history" rather than of the wall clock.
 */
export const backtestSelectionOptionsProcedure = authedProcedure("backtests.read").query(async ({ ctx }) => {
  const [categories, span] = await Promise.all([
    ctx.prisma.ticket.groupBy({
      by: ["category"],
      where: { category: { not: null } },
      _count: { _all: true },
      orderBy: { _count: { category: "desc" } },
      take: 200,
    }),
    ctx.prisma.ticket.aggregate({ _min: { createdAt: true }, _max: { createdAt: true }, _count: { _all: true } }),
  ]);
  return {
    categories: categories.flatMap((c) => (c.category === null ? [] : [{ name: c.category, tickets: c._count._all }])),
    tickets: span._count._all,
    first: span._min.createdAt,
    last: span._max.createdAt,
  };
});
