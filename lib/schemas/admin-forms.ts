// The administration forms (organizations, users, reporting calendar) as their server actions read them
// (lib/server/action.ts): bounded text, validated in detail by the services with lib/schemas/*.
import { z } from "zod";
import { formId, formList, formText } from "./form-fields";
import { MAX_EXPECTATION_ROWS } from "./reporting-config";
import { MAX_SOURCES_TEXT } from "./workflow-settings";

const organizationEditFields = {
  nameVi: formText(600),
  nameEn: formText(600),
  shortNameVi: formText(300),
  region: formText(40),
  parentId: formId,
  successorId: formId,
  validFrom: formText(40),
  validTo: formText(40),
  hostCountryCode: formText(10),
  accreditedCountryCodes: formText(600),
  officialCode: formText(20),
  reportIssuer: formText(40),
  isActive: formText(10),
};

export const organizationCreateForm = z.object({ code: formText(100), kind: formText(40), ...organizationEditFields });

export const organizationEditForm = z.object({ organizationId: formId, ...organizationEditFields, version: formText(20) });

export const userCreateForm = z.object({ name: formText(400), email: formText(400), role: formText(40), organizationId: formId });

export const userEditForm = z.object({ userId: formId, name: formText(400), role: formText(40), organizationId: formId });

// What the user actions return besides their message. The temporary password travels back once, in this
// response; it is not stored in clear anywhere.
export type UserResult = { temporaryPassword?: string; userId?: string };

export const userIdForm = z.object({ userId: formId });

export const userActiveForm = z.object({ userId: formId, intent: formText(20) });

export const reportTypeForm = z.object({
  reportTypeId: formId,
  deadlineWorkingDays: formText(20),
  isActive: formText(10),
  deadlineRule: formText(40),
  deadlineDay: formText(10),
  deadlineMonth: formText(10),
  basisVi: formText(1000),
  basisSourceUrl: formText(1000),
  outlineVi: formText(20_000),
  adHocCutoffStart: formText(40),
  adHocCutoffEnd: formText(40),
  adHocDeadline: formText(40),
});

export const mofaRecipientForm = z.object({
  nameVi: formText(600),
  nameEn: formText(600),
  sourceUrls: formText(MAX_SOURCES_TEXT),
  confidence: formText(20),
  revision: formText(64),
});

export const calendarExceptionCreateForm = z.object({
  date: formText(40),
  kind: formText(20),
  nameVi: formText(400),
  documentVi: formText(600),
  sourceUrl: formText(1000),
});

export const calendarExceptionDeleteForm = z.object({ exceptionId: formId, year: formText(10) });

export const holidayCreateForm = z.object({ date: formText(40), nameVi: formText(400), nameEn: formText(400) });

export const holidayRenameForm = z.object({ holidayId: formId, nameVi: formText(400), nameEn: formText(400) });

export const holidayDeleteForm = z.object({ holidayId: formId, year: formText(10) });

// The expectations table keeps the ticked cells when saving fails; `submittedAt` renews the form after a save.
export type ExpectationsResult = { cells?: string[]; submittedAt?: number };

export const expectationsForm = z.object({
  organizationIds: formList(MAX_EXPECTATION_ROWS, 64),
  cells: formList(MAX_EXPECTATION_ROWS * 4, 200),
});
