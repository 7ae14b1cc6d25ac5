import { formatDate } from "@/lib/i18n/format";
import type { ActivityDto } from "@/lib/schemas/activities";
import type { FormValues } from "@/lib/schemas/action-state";

// A recorded activity as the text of the activity form (the edit form starts from it): codes joined by commas,
// dates as dd/MM/yyyy, numbers as digits — what the create form would have been sent for the same record.
export function activityFormValues(a: ActivityDto): FormValues {
  const number = (n: number | string | null) => (n === null ? "" : String(n));
  return {
    titleVi: a.titleVi,
    titleEn: a.titleEn ?? "",
    kind: a.kind,
    status: a.status,
    startDate: formatDate(a.startDate),
    endDate: formatDate(a.endDate),
    countryCode: a.countryCode,
    city: a.city ?? "",
    provinceCode: a.province?.code ?? "",
    coOrganizerCodes: a.coOrganizers.map((o) => o.code).join(", "),
    taskGroupCodes: a.taskGroupCodes.join(", "),
    participants: number(a.participants),
    mediaItems: number(a.mediaItems),
    onlineViews: number(a.onlineViews),
    budgetVnd: number(a.budgetVnd),
    description: a.description ?? "",
  };
}
