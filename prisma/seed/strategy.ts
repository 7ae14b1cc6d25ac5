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

// The Decision was signed by the Permanent Deputy Prime Minister on behalf of the Prime Minister (thuviennhadat,
// baoquocte 166593): the signature reads "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG".
export const STRATEGY_SIGNER_VI = "Phó Thủ tướng Thường trực Phạm Bình Minh (KT. Thủ tướng)";

// The general objective in full, as Letter 404/BNG-NGVH-UNESCO (songv.quangtri) and lawnet 403873 give it. The
// reachable copies render it in their own words, so the Vietnamese wording below rests on them: PARTIAL.
export const GENERAL_OBJECTIVE_VI =
  "Sử dụng các công cụ văn hóa trong hoạt động ngoại giao nhằm đưa quan hệ giữa Việt Nam với các đối tác đi vào " +
  "chiều sâu, ổn định, bền vững, bảo vệ lợi ích quốc gia – dân tộc, giữ vững môi trường hòa bình, huy động các nguồn " +
  "lực bên ngoài và chuyển hóa vị thế của đất nước thành nguồn lực phục vụ phát triển; sử dụng các phương tiện ngoại " +
  "giao để tôn vinh các giá trị văn hóa Việt Nam, tiếp thu tinh hoa văn hóa thế giới, khơi dậy khát vọng phát triển " +
  "đất nước, tăng cường sức mạnh mềm và nâng cao vị thế quốc gia.";

// Objectives whose Vietnamese wording is rendered back from an English or Spanish source (no Vietnamese text of
// the Decision was reachable for them): tagged PARTIAL whatever the status of the objective itself.
export const BACK_TRANSLATED_OBJECTIVES: ReadonlySet<string> = new Set(["GO", "SO2", "SO4", "SO5"]);

// Abbreviations of the condensed source text written out in full.
function expandAbbreviations(text: string): string {
  return text.replace(/\bNGVH\b/gu, "ngoại giao văn hóa").replace(/\bđến 2030\b/gu, "đến năm 2030");
}

export async function seedStrategy(tx: Tx, data: LoadedReferenceData): Promise<string> {
  const s = data.strategy;
  const fields = {
    number: s.number,
    titleVi: s.title_vi,
    titleEn: s.title_en,
    issuedDate: toDate(s.issued_date),
    effectiveDate: toDate(s.effective_date),
    issuerVi: s.issuer_vi,
    signer: STRATEGY_SIGNER_VI,
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
      titleVi: objective.level === "general" ? GENERAL_OBJECTIVE_VI : expandAbbreviations(objective.title_vi),
      titleEn: objective.title_en,
      sourceUrls: sourceUrlsOf(objective.source),
      confidence: BACK_TRANSLATED_OBJECTIVES.has(objective.code) ? ("PARTIAL" as const) : toConfidence(objective.status),
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
