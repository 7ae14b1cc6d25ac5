import { useTranslations } from "next-intl";
import { ConfidenceBadge, type ConfidenceLevel } from "@/components/ui/confidence-badge";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { UNESCO_STAGES, type UnescoProgramme, type UnescoStage } from "@/lib/domain/unesco-pipeline";

export type DossierCard = {
  id: string;
  element: string;
  programme: UnescoProgramme;
  stage: UnescoStage;
  leadName: string;
  inscribedYear: number | null;
  isExtension: boolean;
  confidence: ConfidenceLevel;
  nextDeadline: { date: string; confirmed: boolean } | null;
};

function formatDay(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function Deadline({ deadline }: { deadline: DossierCard["nextDeadline"] }) {
  const t = useTranslations("unesco");
  if (!deadline) return <>{t("noDeadline")}</>;
  return <>{deadline.confirmed ? formatDay(deadline.date) : t("deadlineUnconfirmed", { date: formatDay(deadline.date) })}</>;
}

// Stages as columns; each card is a link to the dossier, so the board is walked with the keyboard in reading order.
export function DossierBoard({ dossiers }: { dossiers: readonly DossierCard[] }) {
  const t = useTranslations("unesco");
  return (
    <section aria-label={t("boardLabel")} className="overflow-x-auto" data-testid="unesco-board">
      <ol className="flex min-w-max gap-3">
        {UNESCO_STAGES.map((stage) => {
          const cards = dossiers.filter((d) => d.stage === stage);
          return (
            <li key={stage} className="w-64 shrink-0 rounded-lg border border-slate-200 bg-slate-50 p-2" aria-labelledby={`stage-${stage}`}>
              <h2 id={`stage-${stage}`} className="mb-2 text-sm font-semibold text-slate-800">
                {t(`stages.${stage}`)} <span className="font-normal text-slate-600">({cards.length})</span>
              </h2>
              {cards.length === 0 ? (
                <p className="text-xs text-slate-600">{t("empty")}</p>
              ) : (
                <ul className="max-h-[32rem] space-y-2 overflow-y-auto">
                  {cards.map((d) => (
                    <li key={d.id} className="rounded border border-slate-200 bg-white p-2 text-sm">
                      <TextLink href={`/unesco/${d.id}`}>{d.element}</TextLink>
                      <p className="text-xs text-slate-700">{t(`programmes.${d.programme}`)}</p>
                      <p className="text-xs text-slate-700">{d.leadName}</p>
                      {d.nextDeadline ? (
                        <p className="text-xs text-slate-800">
                          {t("columns.deadline")}: <Deadline deadline={d.nextDeadline} />
                        </p>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function DossierTable({ dossiers }: { dossiers: readonly DossierCard[] }) {
  const t = useTranslations("unesco");
  return (
    <DataTable caption={t("tableLabel")}>
      <thead>
        <tr>
          <HeaderCell>{t("columns.element")}</HeaderCell>
          <HeaderCell>{t("columns.programme")}</HeaderCell>
          <HeaderCell>{t("columns.stage")}</HeaderCell>
          <HeaderCell>{t("columns.lead")}</HeaderCell>
          <HeaderCell>{t("columns.year")}</HeaderCell>
          <HeaderCell>{t("columns.deadline")}</HeaderCell>
          <HeaderCell>{t("columns.confidence")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {dossiers.map((d) => (
          <tr key={d.id} className="border-t border-slate-200">
            <RowHeaderCell>
              <TextLink href={`/unesco/${d.id}`}>{d.element}</TextLink>
              {d.isExtension ? <span className="block text-xs font-normal text-slate-600">{t("extension")}</span> : null}
            </RowHeaderCell>
            <Cell>{t(`programmes.${d.programme}`)}</Cell>
            <Cell>{t(`stages.${d.stage}`)}</Cell>
            <Cell>{d.leadName}</Cell>
            <Cell>{d.inscribedYear ?? ""}</Cell>
            <Cell>
              <Deadline deadline={d.nextDeadline} />
            </Cell>
            <Cell>
              <ConfidenceBadge confidence={d.confidence} />
            </Cell>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
