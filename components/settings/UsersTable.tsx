"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { DateTime } from "@/components/ui/DateTime";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import type { RouterOutputs } from "@/server/api/root";
import { ROLES, type Role } from "@/lib/auth/roles";

type User = RouterOutputs["users"]["list"][number];

export function UsersTable({ users, selfId }: { users: User[]; selfId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const changeRole = useMutation(trpc.users.changeRole.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <>
      {changeRole.error && (
        <p role="alert" className="mb-2 text-[13px] text-red-700">
          {changeRole.error.message}
        </p>
      )}
      <Table caption="Users">
        <THead>
          <tr>
            <TH>Name</TH>
            <TH>Email</TH>
            <TH>Role</TH>
            <TH>Created</TH>
          </tr>
        </THead>
        <TBody>
          {users.map((u) => (
            <TR key={u.id}>
              <TD className="font-medium">{u.name}</TD>
              <TD>{u.email}</TD>
              <TD>
                {/* Admins do not demote themselves here, so the workspace never loses its last admin by a slip. */}
                <select
                  aria-label={`Role of ${u.email}`}
                  value={u.role}
                  disabled={u.id === selfId || changeRole.isPending}
                  onChange={(e) => changeRole.mutate({ userId: u.id, role: e.target.value as Role })}
                  className="h-7 rounded-md border-0 px-2 text-[13px] ring-1 ring-inset ring-zinc-300"
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </TD>
              <TD>
                <DateTime value={u.createdAt} />
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </>
  );
}
