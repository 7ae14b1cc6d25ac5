import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { OrganizationKindValue } from "@/lib/schemas/organizations";
import { TextLink } from "@/components/ui/text-link";

type Ref = { id: string; code: string; nameVi: string };

export type OrganizationAdminRow = {
  id: string;
  code: string;
  kind: OrganizationKindValue;
  nameVi: string;
  nameEn: string | null;
  parent: Ref | null;
  successor: Ref | null;
  validFrom: string | null;
  validTo: string | null;
  isActive: boolean;
  userCount: number;
};

export function OrganizationAdminTable({ rows, caption }: { rows: OrganizationAdminRow[]; caption: string }) {
  const t = useTranslations("admin");
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <HeaderCell>{t("organizations.fields.nameVi")}</HeaderCell>
          <HeaderCell>{t("organizations.fields.code")}</HeaderCell>
          <HeaderCell>{t("organizations.fields.kind")}</HeaderCell>
          <HeaderCell>{t("organizations.columns.validity")}</HeaderCell>
          <HeaderCell>{t("organizations.columns.links")}</HeaderCell>
          <HeaderCell>{t("organizations.columns.users")}</HeaderCell>
          <HeaderCell>{t("organizations.fields.isActive")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid="organization-row">
            <RowHeaderCell>
              <TextLink href={`/admin/organizations/${row.id}`}>{row.nameVi}</TextLink>
              {row.nameEn && (
                <span lang="en" className="block text-xs font-normal text-slate-600">
                  {row.nameEn}
                </span>
              )}
            </RowHeaderCell>
            <Cell>
              <code>{row.code}</code>
            </Cell>
            <Cell>{t(`kinds.${row.kind}`)}</Cell>
            <Cell className="whitespace-nowrap">
              {row.validFrom || row.validTo ? `${formatDate(row.validFrom) || "…"} – ${formatDate(row.validTo) || "…"}` : t("emptyValue")}
            </Cell>
            <Cell>
              {row.parent && (
                <span className="block">
                  {t("organizations.fields.parentId")}: {row.parent.nameVi}
                </span>
              )}
              {row.successor && (
                <span className="block">
                  {t("organizations.fields.successorId")}: {row.successor.nameVi}
                </span>
              )}
            </Cell>
            <Cell>{row.userCount}</Cell>
            <Cell>{row.isActive ? <Badge tone="info">{t("active")}</Badge> : <Badge>{t("inactive")}</Badge>}</Cell>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
