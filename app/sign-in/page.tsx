import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { Workflow } from "lucide-react";
import { SignInForm } from "@/components/auth/SignInForm";
import { safeNext } from "@/components/auth/safe-next";
import { sessionUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const raw = (await searchParams).next;
  const next = safeNext(Array.isArray(raw) ? raw[0] : raw);
  // Already signed in: nothing to do here.
  if (await sessionUser(new Headers(await headers()))) redirect(next);
  return (
    <main id="main" className="grid min-h-screen place-items-center bg-zinc-50 px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2 text-lg font-semibold text-zinc-900">
          <span className="grid size-8 place-items-center rounded-md bg-indigo-500">
            <Workflow className="size-4 text-white" aria-hidden />
          </span>
          Flow Studio
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
          <h1 className="mb-1 text-base font-semibold text-zinc-900">Sign in</h1>
          <p className="mb-5 text-[13px] text-zinc-500">An admin creates accounts; ask yours if you have none.</p>
          <SignInForm next={next} />
        </div>
      </div>
    </main>
  );
}
