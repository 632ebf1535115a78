import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Flow Studio", template: "%s · Flow Studio" },
  description: "Design, backtest and run support-ticket automation flows.",
};

/** The document only: the signed-in shell (side nav, session check) is app/(app)/layout.tsx. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
