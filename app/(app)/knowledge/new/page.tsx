import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { ArticleEditor } from "@/components/knowledge/ArticleEditor";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const { user, refused } = await requirePermission("knowledge.edit");
  if (refused) return <Refused title="New article" message={refused} />;
  const vocabulary = await load(() => api.knowledge.vocabulary());
  return (
    <>
      <PageHeader title="New article" crumbs={[{ href: "/knowledge", label: "Knowledge" }]} description="Put the answer in the first lines, then the details under ## headings." />
      <ArticleEditor article={null} categories={vocabulary.ok ? vocabulary.data.categories : []} owner={user.email} readOnly={false} />
    </>
  );
}
