"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/schemas/action-state";
import { organizationCreateForm, organizationEditForm } from "@/lib/schemas/admin-forms";
import { runAction } from "@/lib/server/action";
import { createOrganization, updateOrganization } from "@/lib/server/services/organizations";

function revalidateOrganization(organizationId: string) {
  revalidatePath("/admin");
  revalidatePath("/admin/organizations");
  revalidatePath(`/admin/organizations/${organizationId}`);
  revalidatePath("/organizations");
}

export async function createOrganizationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "createOrganization",
    schema: organizationCreateForm,
    errors: "admin.errors",
    async run({ actor, input }) {
      const { id } = await createOrganization(actor, input);
      revalidateOrganization(id);
      redirect(`/admin/organizations/${id}?created=1`);
    },
  });
}

// On a conflict the state carries the values saved by someone else meanwhile (`current`) and the version the
// form must send next; what the admin typed stays, and the next save deliberately replaces the current values.
export async function updateOrganizationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    name: "updateOrganization",
    schema: organizationEditForm,
    errors: "admin.errors",
    messages: { conflict: "admin.organizations.conflict" },
    async run({ actor, input: { organizationId, ...organization }, values, t }) {
      const { version } = await updateOrganization(actor, organizationId, organization);
      revalidateOrganization(organizationId);
      return { message: t("admin.organizations.saved"), values: { ...values, version: String(version) }, version };
    },
  });
}
