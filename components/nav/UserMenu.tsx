"use client";

import { useState } from "react";
import { LogOut } from "lucide-react";
import { authClient } from "@/components/auth/auth-client";
import type { SessionUser } from "@/server/auth/session";

/** Who is signed in, with which role, and Sign out; at the foot of the side nav. */
export function UserMenu({ user }: { user: SessionUser }) {
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    await authClient.signOut();
    // A full navigation, so no page of the signed-in app stays in the router cache.
    window.location.assign("/sign-in");
  }
  return (
    <div className="mx-2 mb-3 border-t border-white/10 px-2.5 pt-3 text-[13px]" data-testid="user-menu">
      <p className="flex items-center gap-2 font-medium text-zinc-100">
        <span className="truncate">{user.name}</span>
        <span data-testid="user-role" className="shrink-0 rounded bg-white/10 px-1.5 py-0.5 text-[11px] font-medium text-indigo-200">
          {user.role}
        </span>
      </p>
      <p className="truncate text-xs text-zinc-400" title={user.email}>
        {user.email}
      </p>
      <button
        type="button"
        onClick={signOut}
        disabled={pending}
        className="mt-2 flex items-center gap-2 rounded-md px-0 py-1 text-zinc-400 hover:text-zinc-100 focus-visible:outline-indigo-400 disabled:opacity-50"
      >
        <LogOut className="size-4" aria-hidden /> {pending ? "Signing out…" : "Sign out"}
      </button>
    </div>
  );
}
