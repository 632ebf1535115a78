import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { DraftChecker } from "@/components/knowledge/DraftChecker";
import { GuardrailList } from "@/components/knowledge/GuardrailList";
import { KnowledgeTabs } from "@/components/knowledge/KnowledgeTabs";
import { WrongAnswerSuggestions } from "@/components/knowledge/WrongAnswerSuggestions";
import { LoadFailed } from "@/components/ui/ErrorState";
import { Note } from "@/components/ui/Note";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { can } from "@/lib/auth/roles";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Guardrails" };

export default async function GuardrailsPage() {
  const { user, refused } = await requirePermission("knowledge.read");
  if (refused) return <Refused title="Guardrails" message={refused} />;
  const [guardrails, vocabulary] = await Promise.all([load(() => api.knowledge.guardrails.list()), load(() => api.knowledge.vocabulary())]);
  const readOnly = !can(user.role, "knowledge.edit");
  const wrongAnswers = readOnly ? null : await load(() => api.knowledge.guardrails.wrongAnswers());
  return (
    <>
      <PageHeader title="Knowledge" description="Negative guardrails: every AI draft is checked against the enabled rules, and a draft that breaks one is never sent; the ticket goes to a person with the rule named." />
      <KnowledgeTabs current="/knowledge/guardrails" />
      <Section title="Test a draft">
        <DraftChecker categories={vocabulary.ok ? vocabulary.data.categories : []} />
      </Section>
      <Section title="Rules">
        {readOnly && <Note>You can read and test the rules. Changing them needs the designer, publisher or admin role.</Note>}
        {guardrails.ok ? <GuardrailList initial={guardrails.data} readOnly={readOnly} /> : <LoadFailed what="the guardrails" error={guardrails.error} />}
      </Section>
      {wrongAnswers && (
        <Section title="From answers agents flagged wrong" aside="Turn a wrong answer into a rule so it is not sent again">
          {wrongAnswers.ok ? <WrongAnswerSuggestions answers={wrongAnswers.data} /> : <LoadFailed what="the flagged answers" error={wrongAnswers.error} />}
        </Section>
      )}
    </>
  );
}
