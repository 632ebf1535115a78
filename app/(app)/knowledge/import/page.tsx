import type { Metadata } from "next";
import { Refused } from "@/components/auth/Refused";
import { KbImport } from "@/components/knowledge/KbImport";
import { KnowledgeTabs } from "@/components/knowledge/KnowledgeTabs";
import { Note } from "@/components/ui/Note";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Import articles" };

export default async function KbImportPage() {
  const { refused } = await requirePermission("knowledge.edit");
  if (refused) return <Refused title="Import articles" message={refused} />;
  return (
    <>
      <PageHeader title="Knowledge" description="Import articles from Markdown files, a CSV or JSON file, or your helpdesk's macros and saved replies." />
      <KnowledgeTabs current="/knowledge/import" />
      <Note>
        Each record is keyed by its id in the file (or the file name for Markdown, or the title when there is no id): importing the same file again updates those articles instead
        of adding copies. From a terminal: <code>npm run studio -- kb-import &lt;folder|file&gt; --format markdown|csv|json|zendesk-macros|freshdesk-canned</code>.
      </Note>
      <KbImport />
    </>
  );
}
