import type { Metadata } from "next";
import { headers } from "next/headers";
import { BookOpen, MessageCircle } from "lucide-react";
import { webPorts } from "@/composition/web";
import { helpCentreTopics, type THelpTopic } from "@/server/services/widget/help-centre-topics";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { absolute: "Help centre · Northwind Money" } };

/**
 * A demo of a customer's own help centre with the studio's chat widget on it, added the way a customer adds it:
 * one script tag. Public, outside the studio's shell, so ops can walk through a conversation as a customer would.
 */
export default async function HelpCentrePage() {
  const topics = await helpCentreTopics(webPorts().prisma).catch(() => [] as THelpTopic[]);
  const requestHeaders = await headers();
  const origin = `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("host") ?? "localhost:3000"}`;
  return (
    <div className="min-h-screen bg-white text-[15px] leading-6 text-slate-800">
      <header className="bg-teal-800 text-white">
        <div className="mx-auto max-w-5xl px-6 py-4 text-lg font-semibold tracking-tight">Northwind Money</div>
        <div className="mx-auto max-w-5xl px-6 pb-12 pt-6">
          <h1 className="text-3xl font-semibold tracking-tight">How can we help?</h1>
          <p className="mt-2 max-w-xl text-teal-50">
            Answers about your account, cards, transfers and payments. Can’t find yours? Chat with us: the button is at
            the bottom right of this page.
          </p>
        </div>
      </header>

      <main id="main" className="mx-auto max-w-5xl px-6 py-10">
        <h2 className="text-xl font-semibold text-slate-900">Popular questions</h2>
        {topics.length === 0 ? (
          <p className="mt-4 text-slate-600">Our help articles are being updated. Please ask us in the chat instead.</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {topics.map((t) => (
              <li key={t.id} className="rounded-xl border border-slate-200 p-4">
                <p className="flex items-start gap-2 font-medium text-slate-900">
                  <BookOpen aria-hidden className="mt-1 size-4 shrink-0 text-teal-700" />
                  {t.title}
                </p>
                {t.lead && <p className="mt-1.5 text-[14px] text-slate-600">{t.lead}</p>}
              </li>
            ))}
          </ul>
        )}

        <section className="mt-12 flex items-start gap-3 rounded-xl bg-teal-50 p-5">
          <MessageCircle aria-hidden className="mt-0.5 size-5 shrink-0 text-teal-800" />
          <div>
            <h2 className="font-semibold text-slate-900">Still stuck?</h2>
            <p className="mt-1 text-slate-700">
              Our virtual assistant answers most questions straight away, and a person from our team takes over whenever you ask.
            </p>
          </div>
        </section>
      </main>

      <footer className="border-t border-slate-200 bg-slate-50">
        <div className="mx-auto max-w-5xl px-6 py-6 text-[13px] text-slate-600">
          <p>
            A demo page of Flow Studio: Northwind Money is made up. The chat on this page is the studio’s widget, added with this one tag:
          </p>
          <pre className="mt-2 overflow-x-auto rounded-lg bg-white px-3 py-2 text-[12px] text-slate-800 ring-1 ring-slate-200">
            {`<script src="${origin}/widget.js" async data-label="Chat with us" data-heading="Northwind Money support" data-color="#115e59"></script>`}
          </pre>
        </div>
      </footer>
      <script src="/widget.js" async data-label="Chat with us" data-heading="Northwind Money support" data-color="#115e59" />
    </div>
  );
}
