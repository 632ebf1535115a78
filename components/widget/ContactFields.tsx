"use client";
import { useId } from "react";

/** Name and email before the first message, both optional: an anonymous chat works the same. */
export function ContactFields({
  value,
  limits,
  onChange,
}: {
  value: { name: string; email: string };
  limits: { name: number; email: number };
  onChange: (value: { name: string; email: string }) => void;
}) {
  const id = useId();
  return (
    <details className="border-t border-zinc-200 bg-white px-4 py-2 text-[13px]">
      <summary className="cursor-pointer select-none text-zinc-600">Add your name and email (optional)</summary>
      <p className="mt-1 text-[12px] text-zinc-500">So our team knows who they are talking to and can follow up by email.</p>
      <div className="mt-2 grid grid-cols-2 gap-2 pb-1">
        <label htmlFor={`${id}-name`} className="block text-[12px] font-medium text-zinc-700">
          Name
          <input
            id={`${id}-name`}
            value={value.name}
            maxLength={limits.name}
            autoComplete="name"
            onChange={(e) => onChange({ ...value, name: e.target.value })}
            className="mt-0.5 block w-full rounded-lg border border-zinc-300 px-2.5 py-1.5 text-[14px] font-normal focus:border-(--chat-accent) focus:outline-none"
          />
        </label>
        <label htmlFor={`${id}-email`} className="block text-[12px] font-medium text-zinc-700">
          Email
          <input
            id={`${id}-email`}
            type="email"
            value={value.email}
            maxLength={limits.email}
            autoComplete="email"
            onChange={(e) => onChange({ ...value, email: e.target.value })}
            className="mt-0.5 block w-full rounded-lg border border-zinc-300 px-2.5 py-1.5 text-[14px] font-normal focus:border-(--chat-accent) focus:outline-none"
          />
        </label>
      </div>
    </details>
  );
}
