import type { Metadata } from "next";
import { ClipboardCheck } from "lucide-react";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";

export const metadata: Metadata = { title: "Audit" };

export default function AuditPage() {
  return (
    <>
      <PageHeader title="Audit" description="Understand your ticket history before automating it." />
      <EmptyState icon={ClipboardCheck} title="Not built yet">
        Here you will import 30–90 days of helpdesk history and see categories by volume and resolution time, baseline metrics, automation candidates and friction points.
      </EmptyState>
    </>
  );
}
