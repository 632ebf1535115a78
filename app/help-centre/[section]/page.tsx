import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { webPorts } from "@/composition/web";
import { HelpTopics } from "@/components/widget/HelpTopics";
import { StillStuck } from "@/components/widget/StillStuck";
import { helpCentreSection, helpCentreTopics, type THelpTopic } from "@/server/services/widget/help-centre-topics";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const section = helpCentreSection((await params).section);
  return { title: { absolute: section === null ? "Help centre · Northwind Money" : `${section.title} · Help centre · Northwind Money` } };
}

/**
 * One section of the demo help centre: the articles tagged with its page. A customer who opens the chat here
 * sends this page with every message, so those articles answer first.
 */
export default async function HelpCentreSectionPage({ params }: Params) {
  const section = helpCentreSection((await params).section);
  if (section === null) notFound();
  const topics = await helpCentreTopics(webPorts().prisma, section).catch(() => [] as THelpTopic[]);
  return (
    <>
      <div className="bg-teal-800 text-white">
        <div className="mx-auto max-w-5xl px-6 pb-10 pt-4">
          <p className="text-[13px] text-teal-100">
            <Link href="/help-centre" className="hover:underline">
              Help centre
            </Link>{" "}
            / {section.title}
          </p>
          <h1 className="mt-2 text-3xl font-semibold tracking-tight">{section.title}</h1>
          <p className="mt-2 max-w-xl text-teal-50">{section.blurb}</p>
        </div>
      </div>
      <main id="main" className="mx-auto max-w-5xl px-6 py-10">
        <h2 className="text-xl font-semibold text-slate-900">Articles in {section.title}</h2>
        <HelpTopics topics={topics} label={`Articles in ${section.title}`} />
        <StillStuck />
      </main>
    </>
  );
}
