import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { DossierBoard, DossierTable, type DossierCard } from "@/components/unesco/dossier-views";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/page-heading";
import { TextLink } from "@/components/ui/text-link";
import { can } from "@/lib/domain/policy";
import { UNESCO_PROGRAMMES } from "@/lib/domain/unesco-pipeline";
import { unescoDossierListQuerySchema } from "@/lib/schemas/unesco-dossiers";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listUnescoDossiers, listUnescoLeadOptions } from "@/lib/server/queries/unesco-dossiers";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("unesco");
  return { title: t("metaTitle") };
}

export default async function UnescoPipelinePage({ searchParams }: Props) {
  await connection();
  const user = await requireUser({ returnTo: "/unesco" });
  requirePagePermission(user, "unesco:read");
  const params = await searchParams;
  const parsed = unescoDossierListQuerySchema.safeParse({ programme: params.programme, leadOrganizationId: params.lead });
  const query = parsed.success ? parsed.data : {};
  const view = params.view === "table" ? "table" : "board";
  const [t, locale, rows, leads] = await Promise.all([
    getTranslations("unesco"),
    getLocale(),
    listUnescoDossiers(user, query, new Date()),
    listUnescoLeadOptions(),
  ]);
  const name = (o: { nameVi: string; nameEn: string | null }) => (locale === "en" && o.nameEn ? o.nameEn : o.nameVi);
  const cards: DossierCard[] = rows.map((r) => ({
    id: r.id,
    element: locale === "en" && r.elementEn ? r.elementEn : r.elementVi,
    programme: r.programme,
    stage: r.stage,
    leadName: name(r.lead),
    inscribedYear: r.inscribedYear,
    isExtension: r.isExtension,
    confidence: r.confidence as DossierCard["confidence"],
    nextDeadline: r.nextDeadline,
  }));
  const filterParams = new URLSearchParams();
  if (query.programme) filterParams.set("programme", query.programme);
  if (query.leadOrganizationId) filterParams.set("lead", query.leadOrganizationId);
  const otherView = new URLSearchParams(filterParams);
  if (view === "board") otherView.set("view", "table");

  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={<p>{t("intro")}</p>}>
        {can(user, "unesco:create") ? (
          <TextLink href="/unesco/new" data-testid="unesco-new-link">
            {t("form.newLink")}
          </TextLink>
        ) : null}
      </PageHeading>
      <FilterForm
        action="/unesco"
        label={t("filters.legend")}
        isFiltered={Boolean(query.programme || query.leadOrganizationId)}
        applyLabel={t("filters.apply")}
      >
        {view === "table" ? <input type="hidden" name="view" value="table" /> : null}
        <FilterSelect
          id="unesco-programme"
          name="programme"
          label={t("filters.programme")}
          defaultValue={query.programme ?? ""}
          width="wide"
        >
          {UNESCO_PROGRAMMES.map((p) => (
            <option key={p} value={p}>
              {t(`programmes.${p}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="unesco-lead" name="lead" label={t("filters.lead")} defaultValue={query.leadOrganizationId ?? ""} width="wide">
          {leads.map((o) => (
            <option key={o.id} value={o.id}>
              {name(o)}
            </option>
          ))}
        </FilterSelect>
      </FilterForm>
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <p className="font-medium text-slate-700" data-testid="unesco-count">
          {t("count", { count: cards.length })}
        </p>
        <TextLink href={`/unesco${otherView.size ? `?${otherView.toString()}` : ""}`}>
          {view === "board" ? t("viewTable") : t("viewBoard")}
        </TextLink>
      </div>
      {view === "board" ? <DossierBoard dossiers={cards} /> : <DossierTable dossiers={cards} />}
    </div>
  );
}
