"use client";

import { createContext, useContext, type ReactNode } from "react";
import { can, type Permission } from "@/lib/auth/roles";
import type { SessionUser } from "@/server/auth/session";

const ViewerContext = createContext<SessionUser | null>(null);

/** The signed-in user, for client components that hide what the role cannot do. */
export function ViewerProvider({ user, children }: { user: SessionUser; children: ReactNode }) {
  return <ViewerContext.Provider value={user}>{children}</ViewerContext.Provider>;
}

/**
 * Whether to show a control. Only cosmetic: the server refuses the call anyway. Outside a ViewerProvider
 * (component tests) everything shows.
 */
export function useCan(permission: Permission): boolean {
  const user = useContext(ViewerContext);
  return user === null ? true : can(user.role, permission);
}
