import type { Metadata } from "next";
import { Plus } from "lucide-react";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { ArticleList } from "@/components/knowledge/ArticleList";
import { KnowledgeTabs } from "@/components/knowledge/KnowledgeTabs";
import { ButtonLink } from "@/components/ui/Button";
import { LoadFailed } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { can } from "@/lib/auth/roles";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Knowledge" };

export default async function KnowledgePage() {
  const { user, refused } = await requirePermission("knowledge.read");
  if (refused) return <Refused title="Knowledge" message={refused} />;
  const [list, vocabulary] = await Promise.all([load(() => api.knowledge.list({ query: "" })), load(() => api.knowledge.vocabulary())]);
  return (
    <>
      <PageHeader
        title="Knowledge"
        description="The articles that ground every AI answer: search them, keep them reviewed, and fix what the structure lint and agents' feedback flag."
        actions={
          can(user.role, "knowledge.edit") ? (
            <ButtonLink href="/knowledge/new" variant="primary">
              <Plus className="size-3.5" aria-hidden />
              New article
            </ButtonLink>
          ) : undefined
        }
      />
      <KnowledgeTabs current="/knowledge" />
      {!list.ok ? (
        <LoadFailed what="the articles" error={list.error} />
      ) : !vocabulary.ok ? (
        <LoadFailed what="the categories" error={vocabulary.error} />
      ) : (
        <ArticleList initial={list.data} vocabulary={vocabulary.data} />
      )}
    </>
  );
}
