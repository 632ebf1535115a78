"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { authClient } from "./auth-client";

const FIELD = "mt-1 block h-9 w-full rounded-md border-0 px-3 text-[13px] text-zinc-900 shadow-sm ring-1 ring-inset ring-zinc-300 focus:ring-2 focus:ring-indigo-500";

export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const { error: failed } = await authClient.signIn.email({ email: String(form.get("email")), password: String(form.get("password")) });
    if (failed) {
      setPending(false);
      setError(failed.status === 401 ? "That email and password do not match an account." : (failed.message ?? "Signing in failed; try again."));
      return;
    }
    // A full navigation, so the server renders the app with the new session cookie.
    window.location.assign(next);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-describedby={error ? "sign-in-error" : undefined}>
      <label className="block text-[13px] font-medium text-zinc-700">
        Email
        <input name="email" type="email" autoComplete="username" required autoFocus className={FIELD} />
      </label>
      <label className="block text-[13px] font-medium text-zinc-700">
        Password
        <input name="password" type="password" autoComplete="current-password" required className={FIELD} />
      </label>
      {error && (
        <p id="sign-in-error" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-[13px] text-red-700">
          {error}
        </p>
      )}
      <Button type="submit" variant="primary" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
