import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { Refused } from "@/components/auth/Refused";
import { CreateUserForm } from "@/components/settings/CreateUserForm";
import { UsersTable } from "@/components/settings/UsersTable";
import { LoadFailed } from "@/components/ui/ErrorState";
import { plural } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requirePermission } from "@/server/auth/page-guard";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const { user, refused } = await requirePermission("users.manage");
  if (refused) return <Refused title="Users" message={refused} />;
  const result = await load(() => api.users.list());
  return (
    <>
      <PageHeader title="Users" crumbs={[{ href: "/settings", label: "Settings" }]} description="Who can sign in, and what each role may do. Role changes go to the audit log." />
      <Section title="New user">
        <CreateUserForm />
      </Section>
      <Section title="Users" aside={result.ok ? plural(result.data.length, "user") : undefined}>
        {result.ok ? <UsersTable users={result.data} selfId={user.id} /> : <LoadFailed what="users" error={result.error} />}
      </Section>
    </>
  );
}
