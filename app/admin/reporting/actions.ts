"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/server/guards";
import {
  createCalendarException,
  createPublicHoliday,
  deleteCalendarException,
  deletePublicHoliday,
  renamePublicHoliday,
  updateReportExpectations,
  updateReportTypeSettings,
  type CalendarChangeResult,
} from "@/lib/server/services/reporting-config";
import { failureState, formValues, type AdminFormState } from "../action-state";

// The expectations table keeps the ticked cells when saving fails (they do not fit AdminFormState's values).
export type ExpectationsFormState = AdminFormState & { cells?: string[]; submittedAt?: number };

function stringOf(formData: FormData, field: string): string {
  const value = formData.get(field);
  return typeof value === "string" ? value : "";
}

function revalidateCalendar() {
  revalidatePath("/admin/reporting");
  revalidatePath("/admin/reporting/holidays");
  revalidatePath("/admin/reporting/calendar");
  revalidatePath("/admin/reporting/expectations");
}

async function recalculatedMessage(result: CalendarChangeResult, doneKey: "types.saved" | "holidays.added" | "calendar.added") {
  const t = await getTranslations("reportingConfig");
  return `${t(doneKey)} ${t("periodsRecalculated", { count: result.periods.updated + result.periods.created })}`;
}

export async function updateReportTypeAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = formValues(formData, [
    "deadlineWorkingDays",
    "isActive",
    "deadlineRule",
    "deadlineDay",
    "deadlineMonth",
    "basisVi",
    "basisSourceUrl",
    "outlineVi",
    "adHocCutoffStart",
    "adHocCutoffEnd",
    "adHocDeadline",
  ]);
  try {
    const actor = await requireActor();
    const result = await updateReportTypeSettings(actor, stringOf(formData, "reportTypeId"), values);
    revalidateCalendar();
    return { status: "success", message: await recalculatedMessage(result, "types.saved"), values };
  } catch (error) {
    return failureState(error, values);
  }
}

export async function createHolidayAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = formValues(formData, ["date", "nameVi", "nameEn"]);
  try {
    const actor = await requireActor();
    const result = await createPublicHoliday(actor, values);
    revalidateCalendar();
    // The form is emptied for the next holiday.
    return { status: "success", message: await recalculatedMessage(result, "holidays.added") };
  } catch (error) {
    return failureState(error, values);
  }
}

export async function renameHolidayAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = formValues(formData, ["nameVi", "nameEn"]);
  try {
    const actor = await requireActor();
    await renamePublicHoliday(actor, stringOf(formData, "holidayId"), values);
    revalidateCalendar();
    const t = await getTranslations("reportingConfig");
    return { status: "success", message: t("holidays.renamed"), values };
  } catch (error) {
    return failureState(error, values);
  }
}

// The deleted row leaves the table, so the confirmation is shown by the page it returns to.
export async function deleteHolidayAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  let updated: number;
  try {
    const actor = await requireActor();
    const result = await deletePublicHoliday(actor, stringOf(formData, "holidayId"));
    updated = result.periods.updated + result.periods.created;
  } catch (error) {
    return failureState(error);
  }
  revalidateCalendar();
  const year = /^\d{4}$/.test(stringOf(formData, "year")) ? stringOf(formData, "year") : "";
  redirect(`/admin/reporting/holidays?${year ? `year=${year}&` : ""}deleted=${updated}`);
}

export async function updateExpectationsAction(_prev: ExpectationsFormState, formData: FormData): Promise<ExpectationsFormState> {
  const organizationIds = formData.getAll("organizationIds").filter((v): v is string => typeof v === "string");
  const cells = formData.getAll("cells").filter((v): v is string => typeof v === "string");
  try {
    const actor = await requireActor();
    const result = await updateReportExpectations(actor, { organizationIds, cells });
    revalidateCalendar();
    const t = await getTranslations("reportingConfig");
    return { status: "success", message: t("expectations.saved", { count: result.organizationsChanged }), submittedAt: Date.now() };
  } catch (error) {
    return { ...(await failureState(error)), cells, submittedAt: Date.now() };
  }
}

// Logic lives in the service (lib/server/services/reporting-config.ts); these adapt the forms.
export async function createCalendarExceptionAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = formValues(formData, ["date", "kind", "nameVi", "documentVi", "sourceUrl"]);
  try {
    const actor = await requireActor();
    const result = await createCalendarException(actor, values);
    revalidateCalendar();
    return { status: "success", message: await recalculatedMessage(result, "calendar.added") };
  } catch (error) {
    return failureState(error, values);
  }
}

export async function deleteCalendarExceptionAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  let updated: number;
  try {
    const actor = await requireActor();
    const result = await deleteCalendarException(actor, stringOf(formData, "exceptionId"));
    updated = result.periods.updated + result.periods.created;
  } catch (error) {
    return failureState(error);
  }
  revalidateCalendar();
  const year = /^\d{4}$/.test(stringOf(formData, "year")) ? stringOf(formData, "year") : "";
  redirect(`/admin/reporting/calendar?${year ? `year=${year}&` : ""}deleted=${updated}`);
}
