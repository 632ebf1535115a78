"use client";
import { SendHorizontal } from "lucide-react";
import { forwardRef, useId, useState } from "react";

/** The message box: Enter sends, Shift+Enter starts a new line. */
export const Composer = forwardRef<HTMLTextAreaElement, { maxLength: number; disabled: boolean; placeholder: string; onSend: (text: string) => void }>(
  function Composer({ maxLength, disabled, placeholder, onSend }, ref) {
    const [text, setText] = useState("");
    const id = useId();
    const trimmed = text.trim();
    const nearLimit = text.length > maxLength * 0.8;

    function submit() {
      if (disabled || trimmed.length === 0 || text.length > maxLength) return;
      onSend(trimmed);
      setText("");
    }

    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        className="border-t border-zinc-200 bg-white px-3 py-2.5"
      >
        <div className="flex items-end gap-2">
          <label htmlFor={id} className="sr-only">
            Your message
          </label>
          <textarea
            ref={ref}
            id={id}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                submit();
              }
            }}
            rows={Math.min(4, Math.max(1, text.split("\n").length))}
            maxLength={maxLength}
            placeholder={placeholder}
            aria-describedby={nearLimit ? `${id}-count` : undefined}
            className="max-h-32 min-h-10 flex-1 resize-none rounded-xl border border-zinc-300 px-3 py-2 text-[14px] leading-5 placeholder:text-zinc-400 focus:border-(--chat-accent) focus:outline-none"
          />
          <button
            type="submit"
            disabled={disabled || trimmed.length === 0}
            aria-label="Send message"
            className="grid size-10 shrink-0 place-items-center rounded-xl bg-(--chat-accent) text-white hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-40"
          >
            <SendHorizontal aria-hidden className="size-4.5" />
          </button>
        </div>
        {nearLimit && (
          <p id={`${id}-count`} className="mt-1 text-right text-[11px] text-zinc-500">
            {text.length.toLocaleString("en")} / {maxLength.toLocaleString("en")} characters
          </p>
        )}
      </form>
    );
  },
);
