import { z } from "zod";
import { parseCalendarDate } from "@/lib/domain/dates";
import { storable } from "./text";

const calendarDate = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(30, { error: "invalid_date" })
  .transform((value, ctx) => {
    const date = parseCalendarDate(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "invalid_date" });
      return z.NEVER;
    }
    return date;
  });

// A report sent outside the portal (on paper), recorded afterwards: its number and symbol, date, signer and the
// day it was sent. The document number follows the plans' rule (letters, digits, spaces and / . _ -).
export const externalReportSchema = z
  .object({
    organizationId: storable(z.string({ error: "required" }).trim().min(1, { error: "required" }).max(64, { error: "invalid_value" })),
    periodId: storable(z.string({ error: "required" }).trim().min(1, { error: "required" }).max(64, { error: "invalid_value" })),
    documentNumber: storable(
      z
        .string({ error: "required" })
        .trim()
        .min(1, { error: "required" })
        .max(60, { error: "too_long" })
        .regex(/^[\p{L}\p{N} /._-]+$/u, { error: "invalid_document_number" }),
    ),
    documentDate: calendarDate,
    signerName: storable(z.string({ error: "required" }).trim().min(1, { error: "required" }).max(200, { error: "too_long" })),
    sentOn: calendarDate,
  })
  .refine((data) => data.sentOn >= data.documentDate, { path: ["sentOn"], error: "date_order" });
export type ExternalReportInput = z.output<typeof externalReportSchema>;
