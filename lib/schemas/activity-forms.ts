// The activity forms as their server actions read them (lib/server/action.ts): bounded text, checked in detail by
// the services with lib/schemas/activities.ts.
import { z } from "zod";
import { formId, formText } from "./form-fields";

export const activityForm = z.object({
  titleVi: formText(1_000),
  titleEn: formText(1_000),
  kind: formText(40),
  status: formText(20),
  startDate: formText(40),
  endDate: formText(40),
  countryCode: formText(10),
  city: formText(400),
  provinceCode: formText(100),
  coOrganizerCodes: formText(2_000),
  taskGroupCodes: formText(200),
  participants: formText(20),
  mediaItems: formText(20),
  onlineViews: formText(20),
  budgetVnd: formText(40),
  description: formText(10_000),
  confirmNew: formText(4),
});

// Editing: the same fields, the activity and the version the form was loaded with (optimistic concurrency).
export const activityEditForm = activityForm.omit({ confirmNew: true }).extend({ activityId: formId, version: formText(12) });

export const activityIdForm = z.object({ activityId: formId });
export const activityLinkForm = z.object({ activityId: formId, url: formText(2_000), label: formText(600) });
