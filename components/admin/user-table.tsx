import { getFormatter, getTranslations } from "next-intl/server";
import { tableStyles } from "@/components/ui/table-styles";
import type { UserRow } from "@/lib/users/queries";
import { TableFrame } from "@/components/ui/table-frame";

export async function UserTable({ users }: { users: UserRow[] }) {
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  return (
    <section aria-labelledby="user-list-heading" className="flex flex-col gap-4">
      <h2 id="user-list-heading" className="text-std-24B-150">
        {t("listTitle")}
      </h2>
      <TableFrame label={t("listCaption")}>
        <table className={tableStyles.table}>
          <caption className="sr-only">{t("listCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={tableStyles.th}>{t("name")}</th>
              <th scope="col" className={tableStyles.th}>{t("email")}</th>
              <th scope="col" className={tableStyles.th}>{t("roles")}</th>
              <th scope="col" className={tableStyles.th}>{t("createdAt")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td className={tableStyles.td}>
                  {user.name}
                  {user.isDemo && <span className="ml-2 rounded-4 bg-solid-gray-100 px-1.5 text-dns-14N-130 whitespace-nowrap">{t("demo")}</span>}
                </td>
                <td className={tableStyles.td}>
                  {user.email}
                  {user.invited && <span className="ml-2 rounded-4 bg-yellow-50 px-1.5 text-dns-14N-130 whitespace-nowrap">{t("invited")}</span>}
                </td>
                <td className={tableStyles.td}>{user.roles.map((role) => t(`role.${role}`)).join("、")}</td>
                <td className={`${tableStyles.td} ${tableStyles.num}`}>
                  <time dateTime={user.createdAt.toISOString()}>{format.dateTime(user.createdAt, { dateStyle: "medium" })}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}
