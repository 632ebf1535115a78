import type { Metadata } from "next";
import Link from "next/link";
import { webPorts } from "@/composition/web";
import { HelpTopics } from "@/components/widget/HelpTopics";
import { StillStuck } from "@/components/widget/StillStuck";
import { HELP_CENTRE_SECTIONS, helpCentreSectionPath, helpCentreTopics, type THelpTopic } from "@/server/services/widget/help-centre-topics";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { absolute: "Help centre · Northwind Money" } };

/** The demo help centre's front page: its sections and the popular questions; the chat comes from the layout. */
export default async function HelpCentrePage() {
  const topics = await helpCentreTopics(webPorts().prisma).catch(() => [] as THelpTopic[]);
  return (
    <>
      <div className="bg-teal-800 text-white">
        <div className="mx-auto max-w-5xl px-6 pb-12 pt-6">
          <h1 className="text-3xl font-semibold tracking-tight">How can we help?</h1>
          <p className="mt-2 max-w-xl text-teal-50">
            Answers about your account, cards, transfers and payments. Can’t find yours? Chat with us: the button is at the bottom right of this
            page.
          </p>
        </div>
      </div>

      <main id="main" className="mx-auto max-w-5xl px-6 py-10">
        <h2 className="text-xl font-semibold text-slate-900">Browse by topic</h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {HELP_CENTRE_SECTIONS.map((s) => (
            <li key={s.slug}>
              <Link href={helpCentreSectionPath(s.slug)} className="block h-full rounded-xl border border-slate-200 p-4 hover:border-teal-600 hover:bg-teal-50/40">
                <span className="font-medium text-teal-800">{s.title}</span>
                <span className="mt-1 block text-[14px] text-slate-600">{s.blurb}</span>
              </Link>
            </li>
          ))}
        </ul>

        <h2 className="mt-10 text-xl font-semibold text-slate-900">Popular questions</h2>
        <HelpTopics topics={topics} label="Popular questions" />
        <StillStuck />
      </main>
    </>
  );
}
