import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { METRIC_DEFINITION_TEXTS, METRIC_IDS } from "@/lib/metrics/definition-texts";

export const metadata: Metadata = { title: "About" };

function Source({ name, href, credit, license, children }: { name: string; href: string; credit: string; license: string; children: ReactNode }) {
  return (
    <li className="rounded-lg border border-zinc-200 bg-white p-3">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <a href={href} className="font-medium text-indigo-700 hover:underline">
          {name}
        </a>
        <span className="text-xs text-zinc-500">
          {credit} · {license}
        </span>
      </div>
      <p className="mt-1 text-zinc-600">{children}</p>
    </li>
  );
}

export default function AboutPage() {
  return (
    <div className="max-w-3xl">
      <PageHeader title="About Flow Studio" />
      <Section title="What it is">
        <div className="space-y-2 text-zinc-700">
          <p>
            A low-code studio for support-ticket automation. Support operations teams draw routing and escalation
            flows as node graphs: triggers, conditions, intent and sentiment, priority, routing to queues, SLA timers,
            knowledge-grounded AI replies with confidence thresholds, and hand-off to humans.
          </p>
          <p>
            Flows are published as immutable versions and run durably on Temporal, in shadow mode first and then
            autonomously. The same interpreter backtests a flow on historical tickets, so a backtest predicts exactly
            what the live flow will do, and compares two versions metric by metric.
          </p>
          <p>
            See the customer&apos;s side on the <Link href="/help-centre" className="font-medium text-indigo-700 hover:underline">demo help centre</Link>: its chat widget opens tickets that run on the live flow.
          </p>
        </div>
      </Section>
      <Section title="Data">
        <div className="mb-3 space-y-2 text-zinc-700">
          <p>
            The demo history is 20,000 tickets over the last 90 days, generated deterministically from a seed on the
            first start. Its texts come from the public datasets below; everything around them is generated.
          </p>
          <p>
            <strong className="font-medium text-zinc-900">Real:</strong> each ticket&apos;s first customer message (as
            published), its category (the dataset&apos;s own label), and, on most Bitext tickets, the first agent reply, which
            is Bitext&apos;s agent-style response with its placeholders filled in.
          </p>
          <p>
            <strong className="font-medium text-zinc-900">Generated:</strong> customers, plans and enterprise accounts,
            repeat contacts, channels, page URLs, dates and seasonality, queues and agents, first-response,
            resolution and handle times, statuses, priorities, tags, reassignments, reopens, escalations, stalls,
            CSAT scores, customer follow-ups, all other agent replies, and the template replies planted in a few
            categories for the audit to find. No real person or company is behind any ticket.
          </p>
        </div>
        <ul className="space-y-2">
          <Source
            name="Banking77"
            href="https://huggingface.co/datasets/PolyAI/banking77"
            credit="PolyAI (Casanueva et al., 2020)"
            license="CC BY 4.0"
          >
            Online-banking customer queries labelled with 77 intents (the training split).
          </Source>
          <Source
            name="CLINC150"
            href="https://github.com/clinc/oos-eval"
            credit="Larson et al., 2019"
            license="CC BY 3.0"
          >
            Task-oriented queries across 150 intents in 10 domains; the demo uses the banking and credit-card domains.
          </Source>
          <Source
            name="Bitext customer-support sample"
            href="https://github.com/bitext/customer-support-llm-chatbot-training-dataset"
            credit="Bitext"
            license="CDLA-Sharing-1.0"
          >
            Customer-support requests with agent-style replies across 27 intents such as orders, refunds and accounts.
          </Source>
        </ul>
        <p className="mt-3 text-xs text-zinc-500">
          Thanks to the authors for publishing these datasets. Their texts are used as published under the licences
          above; the generated metadata is ours.
        </p>
      </Section>
      <section id="metrics" className="scroll-mt-6">
        <Section title="How the figures are counted">
          <p className="mb-3 text-zinc-700">
            Dashboards, backtests, targets and the weekly review count through one set of definitions, so a
            backtest&apos;s automation rate and the dashboard&apos;s mean the same thing. A backtest cannot foresee
            reopens and repeat contacts: it compares with the dashboard&apos;s automated and came-back tickets together.
          </p>
          <dl className="space-y-2">
            {METRIC_IDS.map((id) => (
              <div key={id} className="rounded-lg border border-zinc-200 bg-white p-3">
                <dt className="font-medium text-zinc-900">{METRIC_DEFINITION_TEXTS[id].name}</dt>
                <dd className="mt-1 text-zinc-600">{METRIC_DEFINITION_TEXTS[id].text}</dd>
              </div>
            ))}
          </dl>
        </Section>
      </section>
      <Section title="Models">
        <div className="space-y-2 text-zinc-700">
          <p>
            The local AI runs on this machine, with no network: the intent model is trained on your own labelled
            tickets (hashed word and character n-grams with a linear SVM and a small network, plus, for the tickets
            those are unsure of, a pretrained sentence encoder; all calibrated by cross-validation); retrieval is
            BM25 over your knowledge base (minisearch); sentiment uses the AFINN-165 word list (Finn Årup Nielsen)
            through wink-sentiment, with support-specific cues added. Knowledge-base articles shipped with the demo
            were written for this project.
          </p>
        </div>
        <ul className="mt-3 space-y-2">
          <Source
            name="all-MiniLM-L6-v2"
            href="https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2"
            credit="sentence-transformers (Reimers & Gurevych); int8 ONNX export published by LangChain4j"
            license="Apache-2.0"
          >
            The sentence encoder, fetched once by npm install from Maven Central and run by ONNX Runtime on this
            machine. It is not trained further; the intent model learns from its embeddings of your tickets.
          </Source>
        </ul>
      </Section>
    </div>
  );
}
