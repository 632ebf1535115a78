import { ShieldOff } from "lucide-react";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";

/** What a page shows instead of itself when the signed-in role may not see it. */
export function Refused({ title, message }: { title: string; message: string }) {
  return (
    <>
      <PageHeader title={title} />
      <EmptyState icon={ShieldOff} title="Not allowed">
        {message}. An admin can change your role in Settings → Users.
      </EmptyState>
    </>
  );
}
