import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ConfidenceBadge, type ConfidenceLevel } from "@/components/ui/confidence-badge";
import { SourceLinks } from "@/components/ui/source-links";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { objectiveLabel, taskGroupLabel } from "@/lib/i18n/glossary";
import { TextLink } from "@/components/ui/text-link";

export type ObjectiveSummary = {
  code: string;
  level: "GENERAL" | "SPECIFIC";
  titleVi: string;
  titleEn: string;
  sourceUrls: string[];
  confidence: ConfidenceLevel;
  indicatorCount: number;
  taskGroup: { code: string; verbVi: string; nameVi: string; nameEn: string; sourceUrls: string[] } | null;
};

// One objective; its heading level follows the page outline (h2 for the general objective's section, h3 inside
// the list of specific ones).
export async function ObjectiveCard({ objective, headingLevel }: { objective: ObjectiveSummary; headingLevel: "h2" | "h3" }) {
  const t = await getTranslations("strategy");
  const locale = toLocale(await getLocale());
  const Heading = headingLevel;
  const taskGroup = objective.taskGroup;
  return (
    <Card as="article" id={`objective-${objective.code}`} className="w-full scroll-mt-4 space-y-3">
      <div className="panel-head">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand">{objectiveLabel(objective.code, locale)}</p>
        <ConfidenceBadge confidence={objective.confidence} />
      </div>
      <Heading className="text-base font-semibold leading-snug text-slate-900 sm:text-lg" data-testid={`objective-${objective.code}`}>
        {pickLocalized(locale, objective.titleVi, objective.titleEn)}
      </Heading>
      {taskGroup ? (
        <div className="rounded-md border-l-4 border-brand bg-slate-50 px-3 py-2" data-testid={`task-group-${taskGroup.code}`}>
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
            {taskGroupLabel(taskGroup.code, locale === "en" ? null : taskGroup.verbVi, locale)}
          </p>
          <p className="mt-1 text-slate-900">
            <TaskGroupName verb={taskGroup.verbVi} name={pickLocalized(locale, taskGroup.nameVi, taskGroup.nameEn)} />
          </p>
          <div className="mt-1">
            <SourceLinks urls={taskGroup.sourceUrls} label={t("taskGroupSources")} compact />
          </div>
        </div>
      ) : (
        objective.level === "SPECIFIC" && <p className="text-sm text-slate-600">{t("noTaskGroup")}</p>
      )}
      <SourceLinks urls={objective.sourceUrls} />
      <p className="text-sm">
        {objective.indicatorCount > 0 ? (
          <TextLink href={`/indicators#objective-${objective.code}`}>
            {t("indicatorsLink", { count: objective.indicatorCount, objective: objectiveLabel(objective.code, locale) })}
          </TextLink>
        ) : (
          <span className="text-slate-600">{t("noIndicators")}</span>
        )}
      </p>
    </Card>
  );
}

// The task group's verb (thúc đẩy, hội nhập, quảng bá, vận động, tiếp thu) in bold, then its name; a Vietnamese
// name that already opens with the verb is not repeated.
function TaskGroupName({ verb, name }: { verb: string; name: string }) {
  if (name.toLocaleLowerCase("vi").startsWith(verb.toLocaleLowerCase("vi"))) {
    return (
      <>
        <strong className="font-semibold">{name.slice(0, verb.length)}</strong>
        {name.slice(verb.length)}
      </>
    );
  }
  return (
    <>
      <strong className="font-semibold">{verb}</strong>
      {" — "}
      {name}
    </>
  );
}
