"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConflictError } from "@/lib/domain/errors";
import type { OrganizationFormValues } from "@/lib/schemas/organizations";
import { requireActor } from "@/lib/server/guards";
import { createOrganization, updateOrganization } from "@/lib/server/services/organizations";
import { failureState, formValues, type AdminFormState } from "../action-state";
import { formText } from "@/lib/schemas/form-data";

// `conflict` carries the values saved by someone else meanwhile; `version` is the one the form must send next.
export type OrganizationFormState = AdminFormState & { conflict?: OrganizationFormValues; version?: number };

const EDIT_FIELDS = ["nameVi", "nameEn", "shortNameVi", "region", "parentId", "successorId", "validFrom", "validTo", "isActive"] as const;

function revalidateOrganization(organizationId: string) {
  revalidatePath("/admin");
  revalidatePath("/admin/organizations");
  revalidatePath(`/admin/organizations/${organizationId}`);
  revalidatePath("/organizations");
}

export async function createOrganizationAction(_prev: OrganizationFormState, formData: FormData): Promise<OrganizationFormState> {
  const values = formValues(formData, ["code", "kind", ...EDIT_FIELDS]);
  let createdId: string;
  try {
    const actor = await requireActor();
    createdId = (await createOrganization(actor, values)).id;
  } catch (error) {
    return failureState(error, values);
  }
  revalidateOrganization(createdId);
  redirect(`/admin/organizations/${createdId}?created=1`);
}

export async function updateOrganizationAction(_prev: OrganizationFormState, formData: FormData): Promise<OrganizationFormState> {
  const values = formValues(formData, [...EDIT_FIELDS, "version"]);
  const organizationId = formText(formData, "organizationId");
  try {
    const actor = await requireActor();
    const { version } = await updateOrganization(actor, organizationId, values);
    revalidateOrganization(organizationId);
    const t = await getTranslations("admin.organizations");
    return { status: "success", message: t("saved"), values: { ...values, version: String(version) }, version };
  } catch (error) {
    if (error instanceof ConflictError && error.current) {
      const current = error.current as OrganizationFormValues;
      const t = await getTranslations("admin.organizations");
      // What the admin typed stays in the form; the next save deliberately replaces the current values.
      return { status: "error", message: t("conflict"), values, conflict: current, version: current.version };
    }
    return failureState(error, values);
  }
}
