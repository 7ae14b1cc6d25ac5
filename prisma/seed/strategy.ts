// The Strategy row, its objectives (GO, SO1–SO5) and the five task groups, all keyed by code.
import type { Prisma } from "../../lib/generated/prisma/client";
import { sourceUrlsOf, toConfidence, toDate, type LoadedReferenceData } from "./reference-data";

type Tx = Prisma.TransactionClient;

// Short Vietnamese names: the task group's verb plus what it acts on, condensed from the objective's text.
const TASK_GROUP_NAMES_VI: Record<string, string> = {
  TG1: "Thúc đẩy quan hệ, lòng tin",
  TG2: "Hội nhập quốc tế về văn hóa",
  TG3: "Quảng bá văn hóa, hình ảnh Việt Nam",
  TG4: "Vận động UNESCO công nhận danh hiệu",
  TG5: "Tiếp thu tinh hoa văn hóa nhân loại",
};

export async function seedStrategy(tx: Tx, data: LoadedReferenceData): Promise<string> {
  const s = data.strategy;
  const fields = {
    number: s.number,
    titleVi: s.title_vi,
    titleEn: s.title_en,
    issuedDate: toDate(s.issued_date),
    effectiveDate: toDate(s.effective_date),
    issuerVi: s.issuer_vi,
    signer: s.signer,
    horizonYear: s.horizon_year,
    sourceUrls: sourceUrlsOf(s.source),
    confidence: toConfidence(s.status),
  };
  const strategy = await tx.strategy.upsert({
    where: { code: s.code },
    create: { code: s.code, ...fields },
    update: fields,
    select: { id: true },
  });
  return strategy.id;
}

// Returns objective ids by code.
export async function seedObjectives(tx: Tx, data: LoadedReferenceData, strategyId: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [index, objective] of data.strategy_objectives.entries()) {
    const fields = {
      strategyId,
      level: objective.level === "general" ? ("GENERAL" as const) : ("SPECIFIC" as const),
      sortOrder: index,
      titleVi: objective.title_vi,
      titleEn: objective.title_en,
      sourceUrls: sourceUrlsOf(objective.source),
      confidence: toConfidence(objective.status),
    };
    const row = await tx.objective.upsert({
      where: { code: objective.code },
      create: { code: objective.code, ...fields },
      update: fields,
      select: { id: true },
    });
    ids.set(objective.code, row.id);
  }
  return ids;
}

export async function seedTaskGroups(
  tx: Tx,
  data: LoadedReferenceData,
  strategyId: string,
  objectiveIds: Map<string, string>,
): Promise<void> {
  for (const [index, group] of data.task_groups.entries()) {
    const objectiveId = objectiveIds.get(group.objective);
    if (!objectiveId) throw new Error(`Task group ${group.code} refers to unknown objective ${group.objective}`);
    const nameVi = TASK_GROUP_NAMES_VI[group.code];
    if (!nameVi || !nameVi.startsWith(group.verb_vi)) {
      throw new Error(`Task group ${group.code}: no Vietnamese name starting with "${group.verb_vi}"`);
    }
    const fields = {
      strategyId,
      sortOrder: index + 1,
      verbVi: group.verb_vi,
      nameVi,
      nameEn: group.name_en,
      objectiveId,
      sourceUrls: sourceUrlsOf(group.source),
    };
    await tx.taskGroup.upsert({ where: { code: group.code }, create: { code: group.code, ...fields }, update: fields });
  }
}
