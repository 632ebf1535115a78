"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { RatesTable } from "./RatesTable";
import { ReviewQueue } from "./ReviewQueue";

type Queue = RouterOutputs["shadowReview"]["queue"];
type Rates = RouterOutputs["shadowReview"]["rates"];

/** The queue of unreviewed shadow drafts above the rates they add up to; a verdict refreshes both. */
export function ShadowReview({ initialQueue, initialRates }: { initialQueue: Queue; initialRates: Rates }) {
  const trpc = useTRPC();
  const client = useQueryClient();
  const queue = useQuery({ ...trpc.shadowReview.queue.queryOptions(), initialData: initialQueue });
  const rates = useQuery({ ...trpc.shadowReview.rates.queryOptions(), initialData: initialRates });
  const refresh = () =>
    Promise.all([client.invalidateQueries({ queryKey: trpc.shadowReview.queue.queryKey() }), client.invalidateQueries({ queryKey: trpc.shadowReview.rates.queryKey() })]);
  return (
    <div className="space-y-8">
      <ReviewQueue queue={queue.data} onReviewed={refresh} />
      <RatesTable rates={rates.data} onChanged={refresh} />
    </div>
  );
}
