import "server-only";
import { z } from "zod";
import { db } from "../db";

// The body at MOFA that receives plans and reports. Its name is a setting (AppSetting "workflow.mofaRecipient";
// without a row, the default below): Cục Ngoại vụ và Ngoại giao văn hóa was created in MOFA's 2025 restructuring
// (tracuuquyhoach.com, "Bộ Ngoại giao giảm 3 đơn vị sau tinh gọn"), but its naming in Circular 09/2025/TT-BNG could
// not be confirmed from a public source, so a row can correct it without a release.
export const MOFA_RECIPIENT_SETTING = "workflow.mofaRecipient";

const recipientSchema = z.object({
  nameVi: z.string().min(1).max(300),
  nameEn: z.string().min(1).max(300),
  sourceUrls: z.array(z.string().max(1_000)).max(10).default([]),
  confidence: z.enum(["CONFIRMED", "PARTIAL", "UNCONFIRMED"]).default("UNCONFIRMED"),
});

export type MofaRecipient = z.output<typeof recipientSchema>;

const DEFAULT_RECIPIENT: MofaRecipient = {
  nameVi: "Cục Ngoại vụ và Ngoại giao văn hóa, Bộ Ngoại giao",
  nameEn: "Bureau of External Affairs and Cultural Diplomacy, Ministry of Foreign Affairs",
  sourceUrls: ["https://tracuuquyhoach.com/tin-tuc/bo-ngoai-giao-giam-3-don-vi-sau-tinh-gon-51565746"],
  confidence: "PARTIAL",
};

export async function getMofaRecipient(): Promise<MofaRecipient> {
  const row = await db.appSetting.findUnique({ where: { key: MOFA_RECIPIENT_SETTING } });
  const parsed = recipientSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_RECIPIENT;
}
