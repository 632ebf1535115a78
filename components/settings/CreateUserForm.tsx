"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { ROLES, type Role } from "@/lib/auth/roles";
import { errorText } from "@/components/ui/error-text";

const FIELD = "mt-1 block h-8 w-full rounded-md border-0 px-2.5 text-[13px] text-zinc-900 shadow-sm ring-1 ring-inset ring-zinc-300 focus:ring-2 focus:ring-indigo-500";
const LABEL = "block text-[13px] font-medium text-zinc-700";

/** An admin creates a user with an initial password, to hand over out of band. */
export function CreateUserForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.users.create.mutationOptions());
  const [done, setDone] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    setDone(null);
    const user = await create
      .mutateAsync({
        email: String(form.get("email")),
        name: String(form.get("name")),
        role: String(form.get("role")) as Role,
        password: String(form.get("password")),
      })
      .catch(() => null); // shown from create.error below
    if (!user) return;
    formEl.reset();
    setDone(`Created ${user.email} (${user.role}).`);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="grid max-w-3xl grid-cols-2 gap-3 rounded-lg bg-white p-4 ring-1 ring-zinc-200 lg:grid-cols-4" aria-label="New user">
      <label className={LABEL}>
        Email
        <input name="email" type="email" required className={FIELD} />
      </label>
      <label className={LABEL}>
        Name
        <input name="name" required className={FIELD} />
      </label>
      <label className={LABEL}>
        Role
        <select name="role" defaultValue="designer" className={FIELD}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label className={LABEL}>
        Initial password
        <input name="password" type="text" minLength={8} required autoComplete="new-password" className={FIELD} />
      </label>
      <div className="col-span-full flex items-center gap-3">
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create user"}
        </Button>
        {create.error && (
          <p role="alert" className="text-[13px] text-red-700">
            {errorText(create.error)}
          </p>
        )}
        {done && (
          <p role="status" className="text-[13px] text-emerald-700">
            {done}
          </p>
        )}
      </div>
    </form>
  );
}
