import type { Metadata } from "next";
import { FlaskConical } from "lucide-react";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";

export const metadata: Metadata = { title: "Backtests" };

export default function BacktestsPage() {
  return (
    <>
      <PageHeader title="Backtests" description="Replay a flow over historical tickets before it goes live." />
      <EmptyState icon={FlaskConical} title="Not built yet">
        Here you will run a flow version over past tickets with a virtual clock and compare two versions metric by metric; nothing is sent.
      </EmptyState>
    </>
  );
}
