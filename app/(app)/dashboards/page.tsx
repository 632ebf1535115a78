import type { Metadata } from "next";
import { LayoutDashboard } from "lucide-react";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";

export const metadata: Metadata = { title: "Dashboards" };

export default function DashboardsPage() {
  return (
    <>
      <PageHeader title="Dashboards" description="How automation is doing against your targets." />
      <EmptyState icon={LayoutDashboard} title="Not built yet">
        Here you will see automation rate, AI accuracy, response and resolution times, CSAT for automated versus human handling, and progress against quarterly targets.
      </EmptyState>
    </>
  );
}
