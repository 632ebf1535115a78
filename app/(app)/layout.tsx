import type { ReactNode } from "react";
import Link from "next/link";
import { Workflow } from "lucide-react";
import { SideNav } from "@/components/nav/SideNav";
import { UserMenu } from "@/components/nav/UserMenu";
import { ViewerProvider } from "@/components/providers/viewer";
import { TRPCReactProvider } from "@/components/providers/trpc-provider";
import { requireUser } from "@/server/auth/page-guard";

/**
 * Every page but /sign-in renders in here, and nothing renders without a session: checked on the server for
 * each request (proxy.ts only makes an optimistic cookie check). Procedures check roles again on every call.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <ViewerProvider user={user}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:shadow-lg"
      >
        Skip to content
      </a>
      <div className="flex min-h-screen">
        <aside className="sticky top-0 flex h-screen w-52 shrink-0 flex-col bg-zinc-900">
          <Link
            href="/"
            className="mx-2 mb-3 mt-3 flex items-center gap-2 rounded-md px-2.5 py-2 text-sm font-semibold text-white focus-visible:outline-indigo-400"
          >
            <span className="grid size-6 place-items-center rounded-md bg-indigo-500">
              <Workflow className="size-3.5 text-white" aria-hidden />
            </span>
            Flow Studio
          </Link>
          <SideNav />
          <UserMenu user={user} />
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-8 py-6 focus:outline-none">
          <div className="mx-auto max-w-[1600px]">
            <TRPCReactProvider>{children}</TRPCReactProvider>
          </div>
        </main>
      </div>
    </ViewerProvider>
  );
}
