import { SearchX } from "lucide-react";
import { ButtonLink } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";

export default function NotFound() {
  return (
    <EmptyState
      icon={SearchX}
      title="Not found"
      action={
        <ButtonLink href="/flows" size="sm">
          Go to flows
        </ButtonLink>
      }
    >
      There is nothing at this address. It may have been deleted, or the link is mistyped.
    </EmptyState>
  );
}
