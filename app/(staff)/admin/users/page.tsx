import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserTable } from "@/components/admin/user-table";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/guard";
import { listUsers } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("usersTitle") };
}

export default async function AdminUsersPage() {
  await requirePageAccess("user.list", "/admin/users");
  const [t, users] = await Promise.all([getTranslations("admin"), listUsers()]);
  return (
    <Container className="flex flex-col gap-10 pb-16">
      <PageHeader title={t("usersTitle")} lead={t("usersLead")} />
      <section aria-labelledby="create-user-heading" className="flex max-w-180 flex-col gap-4">
        <h2 id="create-user-heading" className="text-std-24B-150">
          {t("createTitle")}
        </h2>
        <CreateUserForm />
      </section>
      <UserTable users={users} />
    </Container>
  );
}
