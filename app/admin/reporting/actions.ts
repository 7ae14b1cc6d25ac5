"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState, FormValues } from "@/lib/schemas/action-state";
import {
  calendarExceptionCreateForm,
  calendarExceptionDeleteForm,
  expectationsForm,
  holidayCreateForm,
  holidayDeleteForm,
  holidayRenameForm,
  mofaRecipientForm,
  reportTypeForm,
  type ExpectationsResult,
} from "@/lib/schemas/admin-forms";
import { runAction, type Translate } from "@/lib/server/action";
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
import { updateMofaRecipient } from "@/lib/server/services/workflow-settings";

function revalidateCalendar() {
  revalidatePath("/admin/reporting");
  revalidatePath("/admin/reporting/holidays");
  revalidatePath("/admin/reporting/calendar");
  revalidatePath("/admin/reporting/expectations");
}

function recalculatedMessage(t: Translate, result: CalendarChangeResult, doneKey: "types.saved" | "holidays.added" | "calendar.added") {
  return `${t(`reportingConfig.${doneKey}`)} ${t("reportingConfig.periodsRecalculated", { count: result.periods.updated + result.periods.created })}`;
}

export async function updateReportTypeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "updateReportType",
    schema: reportTypeForm,
    errors: "admin.errors",
    async run({ actor, input: { reportTypeId, ...settings }, values, t }) {
      const result = await updateReportTypeSettings(actor, reportTypeId, settings);
      revalidateCalendar();
      return { message: recalculatedMessage(t, result, "types.saved"), values };
    },
  });
}

// On a conflict the state carries the value saved meanwhile (`current`, with its fingerprint); what the admin
// typed stays, and the next save deliberately replaces the current value.
export async function updateMofaRecipientAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "updateMofaRecipient",
    schema: mofaRecipientForm,
    errors: "admin.errors",
    messages: { conflict: "reportingConfig.recipient.conflict" },
    async run({ actor, input, values, t }) {
      const { revision } = await updateMofaRecipient(actor, input);
      // The plan and report pages name the recipient.
      revalidatePath("/admin/reporting/recipient");
      revalidatePath("/plans", "layout");
      revalidatePath("/reports", "layout");
      return { message: t("reportingConfig.recipient.saved"), values: { ...values, revision } };
    },
  });
}

export async function createHolidayAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "createHoliday",
    schema: holidayCreateForm,
    errors: "admin.errors",
    async run({ actor, input, t }) {
      const result = await createPublicHoliday(actor, input);
      revalidateCalendar();
      // The form is emptied for the next holiday.
      return { message: recalculatedMessage(t, result, "holidays.added") };
    },
  });
}

export async function renameHolidayAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "renameHoliday",
    schema: holidayRenameForm,
    errors: "admin.errors",
    async run({ actor, input: { holidayId, ...names }, values, t }) {
      await renamePublicHoliday(actor, holidayId, names);
      revalidateCalendar();
      return { message: t("reportingConfig.holidays.renamed"), values };
    },
  });
}

// The deleted row leaves the table, so the confirmation is shown by the page it returns to.
export async function deleteHolidayAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "deleteHoliday",
    schema: holidayDeleteForm,
    errors: "admin.errors",
    async run({ actor, input: { holidayId, year } }) {
      const result = await deletePublicHoliday(actor, holidayId);
      revalidateCalendar();
      const updated = result.periods.updated + result.periods.created;
      redirect(`/admin/reporting/holidays?${/^\d{4}$/.test(year) ? `year=${year}&` : ""}deleted=${updated}`);
    },
  });
}

export async function updateExpectationsAction(
  _prev: ActionState<FormValues, ExpectationsResult>,
  formData: FormData,
): Promise<ActionState<FormValues, ExpectationsResult>> {
  const state = await runAction<typeof expectationsForm, ExpectationsResult>(formData, {
    name: "updateExpectations",
    schema: expectationsForm,
    errors: "admin.errors",
    async run({ actor, input, t }) {
      const result = await updateReportExpectations(actor, input);
      revalidateCalendar();
      return { message: t("reportingConfig.expectations.saved", { count: result.organizationsChanged }) };
    },
  });
  const cells = state.values?.cells;
  return { ...state, data: { cells: Array.isArray(cells) ? cells : [], submittedAt: Date.now() } };
}

export async function createCalendarExceptionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "createCalendarException",
    schema: calendarExceptionCreateForm,
    errors: "admin.errors",
    async run({ actor, input, t }) {
      const result = await createCalendarException(actor, input);
      revalidateCalendar();
      // The form is emptied for the next day.
      return { message: recalculatedMessage(t, result, "calendar.added") };
    },
  });
}

// The deleted row leaves the table, so the confirmation is shown by the page it returns to.
export async function deleteCalendarExceptionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "deleteCalendarException",
    schema: calendarExceptionDeleteForm,
    errors: "admin.errors",
    async run({ actor, input: { exceptionId, year } }) {
      const result = await deleteCalendarException(actor, exceptionId);
      revalidateCalendar();
      const updated = result.periods.updated + result.periods.created;
      redirect(`/admin/reporting/calendar?${/^\d{4}$/.test(year) ? `year=${year}&` : ""}deleted=${updated}`);
    },
  });
}
