import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AdvanceStageForm } from "@/components/unesco/advance-stage-form";
import { DossierDocuments } from "@/components/unesco/dossier-documents";
import { ConfidenceBadge } from "@/components/ui/confidence-badge";
import { PageHeading } from "@/components/ui/page-heading";
import { SourceLinks } from "@/components/ui/source-links";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { NotFoundError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/policy";
import { allowedNextStages } from "@/lib/domain/unesco-pipeline";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { getUnescoDossier, vietnamToday } from "@/lib/server/queries/unesco-dossiers";
import { advanceUnescoStageAction, uploadUnescoDocumentAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("unesco");
  return { title: t("metaTitle") };
}

function formatDay(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

async function loadDossier(user: Awaited<ReturnType<typeof requireUser>>, id: string, now: Date) {
  try {
    return await getUnescoDossier(user, id.slice(0, 64), now);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function UnescoDossierPage({ params, searchParams }: Props) {
  await connection();
  const { id } = await params;
  const { notice } = await searchParams;
  const user = await requireUser({ returnTo: `/unesco/${encodeURIComponent(id)}` });
  requirePagePermission(user, "unesco:read");
  const now = new Date();
  const dossier = await loadDossier(user, id, now);
  const [t, locale] = await Promise.all([getTranslations("unesco"), getLocale()]);
  const name = (o: { nameVi: string; nameEn: string | null }) => (locale === "en" && o.nameEn ? o.nameEn : o.nameVi);
  const element = locale === "en" && dossier.elementEn ? dossier.elementEn : dossier.elementVi;
  const nextStages = allowedNextStages(dossier.stage);
  const mayAdvance = can(user, "unesco:update", { organizationId: dossier.lead.id });

  return (
    <div className="space-y-6">
      <PageHeading eyebrow={t(`programmes.${dossier.programme}`)} title={element}>
        <TextLink href="/unesco">{t("dossier.back")}</TextLink>
        {mayAdvance ? (
          <TextLink href={`/unesco/${dossier.id}/edit`} className="ml-4" data-testid="unesco-edit-link">
            {t("form.editLink")}
          </TextLink>
        ) : null}
      </PageHeading>
      {notice === "created" || notice === "updated" ? (
        <p role="status" className="rounded border border-cb-green bg-emerald-50 p-3 text-sm text-emerald-950">
          {t(`form.${notice}`)}
        </p>
      ) : null}
      <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm md:grid-cols-2">
        <div>
          <dt className="font-semibold text-slate-800">{t("columns.stage")}</dt>
          <dd data-testid="unesco-stage">
            {t(`stages.${dossier.stage}`)}
            {dossier.stageDate ? ` (${formatDay(dossier.stageDate)})` : ""}
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-800">{t("columns.lead")}</dt>
          <dd>{name(dossier.lead)}</dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-800">{t("dossier.supporters")}</dt>
          <dd>{dossier.supporters.map(name).join("; ") || "—"}</dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-800">{t("columns.deadline")}</dt>
          <dd>
            {dossier.nextDeadline
              ? dossier.nextDeadline.confirmed
                ? formatDay(dossier.nextDeadline.date)
                : t("deadlineUnconfirmed", { date: formatDay(dossier.nextDeadline.date) })
              : t("noDeadline")}
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-800">{t("columns.confidence")}</dt>
          <dd>
            <ConfidenceBadge confidence={dossier.confidence} />
          </dd>
        </div>
        {dossier.isExtension ? (
          <div>
            <dt className="font-semibold text-slate-800">{t("columns.year")}</dt>
            <dd>{t("extension")}</dd>
          </div>
        ) : null}
        {dossier.notes ? (
          <div className="md:col-span-2">
            <dt className="font-semibold text-slate-800">{t("dossier.notes")}</dt>
            <dd>{dossier.notes}</dd>
          </div>
        ) : null}
      </dl>
      <SourceLinks urls={dossier.sourceUrls} label={t("dossier.sources")} />
      <DataTable caption={t("dossier.history")}>
        <thead>
          <tr>
            <HeaderCell>{t("dossier.historyDate")}</HeaderCell>
            <HeaderCell>{t("dossier.historyStage")}</HeaderCell>
            <HeaderCell>{t("dossier.historyNote")}</HeaderCell>
          </tr>
        </thead>
        <tbody>
          {dossier.history.map((h) => (
            <tr key={h.id} className="border-t border-slate-200">
              <RowHeaderCell>{h.occurredOn ? formatDay(h.occurredOn) : t("dossier.yearOnly", { year: h.occurredYear })}</RowHeaderCell>
              <Cell>{t(`stages.${h.stage}`)}</Cell>
              <Cell>{h.note ?? ""}</Cell>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <section aria-labelledby="unesco-documents" className="space-y-3">
        <h2 id="unesco-documents" className="font-semibold text-slate-900">
          {t("documents.title")}
        </h2>
        <DossierDocuments
          dossierId={dossier.id}
          documents={dossier.documents}
          canUpload={mayAdvance}
          uploadAction={uploadUnescoDocumentAction}
        />
      </section>
      {dossier.nextDeadline ? <SourceLinks urls={dossier.deadlineRuleSources} label={t("dossier.ruleSources")} compact /> : null}
      {mayAdvance ? (
        <section aria-labelledby="unesco-advance" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="unesco-advance" className="font-semibold text-slate-900">
            {t("advance.title")}
          </h2>
          {nextStages.length === 0 ? (
            <p className="text-sm text-slate-700">{t("advance.final")}</p>
          ) : (
            <AdvanceStageForm
              action={advanceUnescoStageAction}
              dossierId={dossier.id}
              version={dossier.version}
              nextStages={nextStages}
              today={vietnamToday(now)}
            />
          )}
        </section>
      ) : null}
    </div>
  );
}
