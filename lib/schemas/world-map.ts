import { z } from "zod";
import { ACTIVITY_KINDS } from "@/lib/domain/activity-kinds";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

// The map's filters: a year, a kind, a task group or an organizer (lead or co-organizer).
export const worldMapQuerySchema = z.object({
  year: z.preprocess(emptyToUndefined, z.coerce.number().int().min(2000).max(2100).optional()),
  kind: z.preprocess(emptyToUndefined, z.enum(ACTIVITY_KINDS).optional()),
  taskGroup: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .max(16)
      .regex(/^[A-Za-z0-9]+$/)
      .optional(),
  ),
  organizationId: z.preprocess(emptyToUndefined, z.string().trim().max(64).optional()),
});
export type WorldMapQuery = z.output<typeof worldMapQuerySchema>;

// The calendar-subscription forms: a feed for one organization (empty: the whole portal), and a revocation.
export const createCalendarFeedForm = z.object({ scope: z.string().max(10), organizationId: z.string().max(64).optional() });
export const revokeCalendarFeedForm = z.object({ feedId: z.string().max(64) });
export type CalendarFeedResult = { url: string };
