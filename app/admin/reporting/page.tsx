import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { ReportTypeForm } from "@/components/reporting-config/report-type-form";
import { ReportingNav } from "@/components/reporting-config/reporting-nav";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { periodLabel } from "@/lib/domain/reporting-calendar";
import { toLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listReportTypeSettings } from "@/lib/server/services/reporting-config";
import { updateReportTypeAction } from "./actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reportingConfig");
  return { title: t("types.heading") };
}

export default async function ReportingTypesPage() {
  await connection();
  const user = await requireUser({ returnTo: "/admin/reporting" });
  requirePagePermission(user, "reference:manage");
  const t = await getTranslations("reportingConfig");
  const ta = await getTranslations("admin");
  const locale = toLocale(await getLocale());
  const types = await listReportTypeSettings(user);
  return (
    <div className="space-y-6">
      <nav aria-label={ta("breadcrumb")} className="text-sm">
        <TextLink href="/admin">{ta("home.title")}</TextLink>
      </nav>
      <PageHeading title={t("title")} description={<p>{t("intro")}</p>}>
        <ReportingNav current="types" />
      </PageHeading>
      <section aria-labelledby="report-types-heading" className="space-y-4">
        <div>
          <h2 id="report-types-heading" className="text-xl font-semibold">
            {t("types.heading")}
          </h2>
          <p className="max-w-3xl text-sm text-slate-700">{t("types.intro")}</p>
        </div>
        <ul className="space-y-4">
          {types.map((type) => (
            <Card key={type.id} as="li">
              <div className="mb-3 flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <h3 className="text-lg font-semibold">
                  {locale === "en" ? type.nameEn : type.nameVi}
                  {locale === "vi" && (
                    <span lang="en" className="ml-2 text-sm font-normal text-slate-600">
                      {type.nameEn}
                    </span>
                  )}
                </h3>
                <Badge tone="info">{t(`periodKinds.${type.periodKind}`)}</Badge>
                {!type.isActive && (
                  <Badge>
                    {t("types.isActive")}: {ta("no")}
                  </Badge>
                )}
              </div>
              <p className="mb-1 text-sm text-slate-700">
                {t("types.counts", { periods: type.periodCount, expected: type.expectedCount })}
              </p>
              <p className="mb-4 text-sm text-slate-700" data-testid={`upcoming-${type.code}`}>
                {type.upcoming
                  ? t("types.upcoming", {
                      period: periodLabel(type.upcoming, locale),
                      cutoffEnd: formatDate(type.upcoming.cutoffEnd),
                      deadline: formatDate(type.upcoming.deadline),
                    })
                  : t("types.noUpcoming")}
              </p>
              <ReportTypeForm reportType={type} action={updateReportTypeAction} />
            </Card>
          ))}
        </ul>
      </section>
    </div>
  );
}
