import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { ArticleEditor } from "@/components/knowledge/ArticleEditor";
import { ArticleReview } from "@/components/knowledge/ArticleReview";
import { Badge } from "@/components/ui/Badge";
import { LoadFailed } from "@/components/ui/ErrorState";
import { Note } from "@/components/ui/Note";
import { PageHeader } from "@/components/ui/PageHeader";
import { can } from "@/lib/auth/roles";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, refused } = await requirePermission("knowledge.read");
  if (refused) return <Refused title="Article" message={refused} />;
  const [detail, vocabulary] = await Promise.all([load(() => api.knowledge.get({ id })), load(() => api.knowledge.vocabulary())]);
  if (!detail.ok) return <LoadFailed what="the article" error={detail.error} />;
  const { article, flags, lint, negativeFeedback } = detail.data;
  const readOnly = !can(user.role, "knowledge.edit");
  return (
    <>
      <PageHeader
        title={article.title}
        crumbs={[{ href: "/knowledge", label: "Knowledge" }]}
        meta={
          <>
            <Badge tone={article.status === "published" ? "green" : "neutral"}>{article.status}</Badge>
            {flags.stale && <Badge tone="amber">Stale</Badge>}
            {negativeFeedback.length > 0 && <Badge tone="red">{negativeFeedback.length} negative feedback</Badge>}
            {lint.length > 0 && <Badge tone="violet">{lint.length} lint warnings</Badge>}
          </>
        }
      />
      {readOnly && <Note>You can read this article. Editing needs the designer, publisher or admin role.</Note>}
      <div className="grid gap-4 xl:grid-cols-[1fr_18rem]">
        <ArticleEditor key={article.id} article={article} categories={vocabulary.ok ? vocabulary.data.categories : []} owner={user.email} readOnly={readOnly} />
        <ArticleReview detail={detail.data} readOnly={readOnly} />
      </div>
    </>
  );
}
