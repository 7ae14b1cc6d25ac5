import "server-only";
import { z } from "zod";
import { db } from "../db";

// The body at MOFA that receives plans and reports. Its name is a setting (AppSetting "workflow.mofaRecipient",
// seeded by the migration that introduced it): the department was created in MOFA's 2025 restructuring, but its
// naming in Circular 09/2025/TT-BNG could not be confirmed from a public source, so an administrator can correct it.
export const MOFA_RECIPIENT_SETTING = "workflow.mofaRecipient";

const recipientSchema = z.object({
  nameVi: z.string().min(1).max(300),
  nameEn: z.string().min(1).max(300),
  sourceUrls: z.array(z.string().max(1_000)).max(10).default([]),
  confidence: z.enum(["CONFIRMED", "PARTIAL", "UNCONFIRMED"]).default("UNCONFIRMED"),
});

export type MofaRecipient = z.output<typeof recipientSchema>;

const FALLBACK: MofaRecipient = {
  nameVi: "Cục Ngoại vụ và Ngoại giao văn hóa, Bộ Ngoại giao",
  nameEn: "Bureau of External Affairs and Cultural Diplomacy, Ministry of Foreign Affairs",
  sourceUrls: [],
  confidence: "UNCONFIRMED",
};

export async function getMofaRecipient(): Promise<MofaRecipient> {
  const row = await db.appSetting.findUnique({ where: { key: MOFA_RECIPIENT_SETTING } });
  const parsed = recipientSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : FALLBACK;
}
