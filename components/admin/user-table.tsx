import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import type { Role } from "@/lib/domain/roles";
import { toLocale } from "@/lib/i18n/config";
import { formatDateTime, pickLocalized } from "@/lib/i18n/format";
import { TextLink } from "@/components/ui/text-link";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  organization: { code: string; nameVi: string; nameEn: string | null };
  isActive: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
};

export function UserTable({ rows, caption }: { rows: UserRow[]; caption: string }) {
  const t = useTranslations("admin");
  const locale = toLocale(useLocale());
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <HeaderCell>{t("users.fields.name")}</HeaderCell>
          <HeaderCell>{t("users.fields.email")}</HeaderCell>
          <HeaderCell>{t("users.fields.role")}</HeaderCell>
          <HeaderCell>{t("users.fields.organization")}</HeaderCell>
          <HeaderCell>{t("users.fields.status")}</HeaderCell>
          <HeaderCell>{t("users.fields.lastLogin")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {rows.map((user) => (
          <tr key={user.id} data-testid="user-row">
            <RowHeaderCell>
              <TextLink href={`/admin/users/${user.id}`}>{user.name}</TextLink>
            </RowHeaderCell>
            <Cell className="break-all">{user.email}</Cell>
            <Cell>{t(`roles.${user.role}`)}</Cell>
            <Cell>{pickLocalized(locale, user.organization.nameVi, user.organization.nameEn)}</Cell>
            <Cell>
              <span className="flex flex-wrap gap-1">
                {user.isActive ? <Badge tone="info">{t("active")}</Badge> : <Badge>{t("inactive")}</Badge>}
                {user.mustChangePassword && <Badge>{t("users.mustChangePassword")}</Badge>}
              </span>
            </Cell>
            <Cell className="whitespace-nowrap">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t("users.neverSignedIn")}</Cell>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
