import "server-only";
import { storedMofaRecipientSchema, type MofaRecipient } from "@/lib/schemas/workflow-settings";
import { db } from "../db";

export type { MofaRecipient } from "@/lib/schemas/workflow-settings";

// The body at MOFA that receives plans and reports. Its name is a setting (AppSetting "workflow.mofaRecipient";
// without a row, the default below), set on /admin/reporting/recipient: Cục Ngoại vụ và Ngoại giao văn hóa was
// created in MOFA's 2025 restructuring (tracuuquyhoach.com, "Bộ Ngoại giao giảm 3 đơn vị sau tinh gọn"), but its
// naming in Circular 09/2025/TT-BNG could not be confirmed from a public source, so a row can correct it without a
// release.
export const MOFA_RECIPIENT_SETTING = "workflow.mofaRecipient";

export const DEFAULT_MOFA_RECIPIENT: MofaRecipient = {
  nameVi: "Cục Ngoại vụ và Ngoại giao văn hóa, Bộ Ngoại giao",
  nameEn: "Bureau of External Affairs and Cultural Diplomacy, Ministry of Foreign Affairs",
  sourceUrls: ["https://tracuuquyhoach.com/tin-tuc/bo-ngoai-giao-giam-3-don-vi-sau-tinh-gon-51565746"],
  confidence: "PARTIAL",
};

// The stored value as it reads (the default when there is no row or the row no longer reads), and whether an
// administrator has set it.
export function readMofaRecipient(stored: unknown): { recipient: MofaRecipient; isDefault: boolean } {
  const parsed = storedMofaRecipientSchema.safeParse(stored);
  return parsed.success ? { recipient: parsed.data, isDefault: false } : { recipient: DEFAULT_MOFA_RECIPIENT, isDefault: true };
}

export async function getMofaRecipient(): Promise<MofaRecipient> {
  const row = await db.appSetting.findUnique({ where: { key: MOFA_RECIPIENT_SETTING } });
  return readMofaRecipient(row?.value).recipient;
}
