import { getLocale, getTranslations } from "next-intl/server";
import type { OrganizationKind, Region } from "@/lib/domain/enums";
import { ConfidenceBadge, type ConfidenceLevel } from "@/components/ui/confidence-badge";
import { SourceLinks } from "@/components/ui/source-links";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { toLocale } from "@/lib/i18n/config";
import { formatDate, pickLocalized } from "@/lib/i18n/format";

type OrganizationRef = { id: string; code: string; nameVi: string; nameEn: string | null; validTo: string | null };

export type OrganizationRow = {
  id: string;
  code: string;
  kind: OrganizationKind;
  nameVi: string;
  nameEn: string | null;
  shortNameVi: string | null;
  region: Region | null;
  parent: OrganizationRef | null;
  validTo: string | null;
  sourceUrls: string[];
  confidence: ConfidenceLevel;
  successor: OrganizationRef | null;
  predecessors: OrganizationRef[];
  formerNames: Array<{ nameVi: string; validTo: string | null }>;
  hostCountryCode: string | null;
  accreditedCountryCodes: string[];
  officialCode: string | null;
};

export async function OrganizationTable({ caption, rows }: { caption: string; rows: OrganizationRow[] }) {
  const t = await getTranslations("organizations");
  const locale = toLocale(await getLocale());
  const name = (ref: { nameVi: string; nameEn: string | null }) => pickLocalized(locale, ref.nameVi, ref.nameEn);

  function renderSuccession(row: OrganizationRow) {
    if (row.successor || row.kind === "FORMER_PROVINCE") {
      return (
        <div className="space-y-1">
          {row.successor && (
            <p>
              <span className="text-slate-600">{t("successor")}: </span>
              <span className="font-medium" data-testid="successor">
                {name(row.successor)}
              </span>
            </p>
          )}
          {row.validTo && <p className="text-slate-700">{t("existedUntil", { date: formatDate(row.validTo) })}</p>}
        </div>
      );
    }
    if (row.predecessors.length > 0) {
      return (
        <div>
          <p className="text-slate-600">{t("absorbed")}:</p>
          <ul className="list-disc pl-5" data-testid="predecessors">
            {row.predecessors.map((predecessor) => (
              <li key={predecessor.id}>
                <span className="font-medium">{name(predecessor)}</span>
                {predecessor.validTo && <span className="text-slate-700"> ({t("until", { date: formatDate(predecessor.validTo) })})</span>}
              </li>
            ))}
          </ul>
        </div>
      );
    }
    if (row.kind === "PROVINCE" || row.kind === "CITY") return <span className="text-slate-700">{t("notMerged")}</span>;
    if (row.parent) {
      return (
        <p>
          <span className="text-slate-600">{t("parent")}: </span>
          {name(row.parent)}
        </p>
      );
    }
    return null;
  }

  return (
    <DataTable caption={caption} isCaptionHidden>
      <thead>
        <tr>
          <HeaderCell>{t("columns.name")}</HeaderCell>
          <HeaderCell>{t("columns.kind")}</HeaderCell>
          <HeaderCell>{t("columns.region")}</HeaderCell>
          <HeaderCell>{t("columns.succession")}</HeaderCell>
          <HeaderCell>{t("columns.sources")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const secondaryName = locale === "vi" ? row.nameEn : row.nameVi;
          return (
            <tr key={row.id} data-testid={`organization-row-${row.code}`}>
              <RowHeaderCell className="min-w-56">
                <span className="block">{name(row)}</span>
                {secondaryName && secondaryName !== name(row) && (
                  <span className="block text-xs font-normal text-slate-600" lang={locale === "vi" ? "en" : "vi"}>
                    {secondaryName}
                  </span>
                )}
                {row.formerNames.map((former) => (
                  <span key={former.nameVi} className="block text-xs font-normal text-slate-700" data-testid="former-name" lang="vi">
                    {t("formerName", { name: former.nameVi, date: former.validTo ? formatDate(former.validTo) : "" })}
                  </span>
                ))}
                {row.officialCode && (
                  <span className="block text-xs font-normal text-slate-700">{t("officialCode", { code: row.officialCode })}</span>
                )}
                {row.hostCountryCode && (
                  <span className="block text-xs font-normal text-slate-700">
                    {t("hostCountry", { country: row.hostCountryCode, others: row.accreditedCountryCodes.join(", ") || "—" })}
                  </span>
                )}
              </RowHeaderCell>
              <Cell>{t(`kind.${row.kind}`)}</Cell>
              <Cell>
                {row.region ? (
                  t(`region.${row.region}`)
                ) : (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">{t("noRegion")}</span>
                  </>
                )}
              </Cell>
              <Cell className="min-w-56">{renderSuccession(row)}</Cell>
              <Cell className="min-w-48">
                <div className="space-y-1">
                  <ConfidenceBadge confidence={row.confidence} />
                  <SourceLinks urls={row.sourceUrls} compact />
                </div>
              </Cell>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
