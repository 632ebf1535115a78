import type { Metadata } from "next";
import { BookOpen } from "lucide-react";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";

export const metadata: Metadata = { title: "Knowledge" };

export default function KnowledgePage() {
  return (
    <>
      <PageHeader title="Knowledge" description="The articles that ground every AI answer." />
      <EmptyState icon={BookOpen} title="Not built yet">
        Here you will manage the knowledge base behind AI replies, with gap reports, review dates and guardrails such as &ldquo;never promise a refund timeline&rdquo;.
      </EmptyState>
    </>
  );
}
