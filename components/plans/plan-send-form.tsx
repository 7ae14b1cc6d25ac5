"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormMessage, primaryButtonClass, TextField } from "@/components/ui/form-field";
import { textValue, type FormAction } from "@/lib/schemas/action-state";
import { useFieldError } from "@/components/ui/use-field-error";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

// The unit leader's sending of a plan to MOFA: the issuing document's number, date and signer (required), and
// optionally the signed copy as issued (a PDF, kept byte-for-byte as the official record).
export function PlanSendForm({
  action,
  planId,
  version,
  recipient,
  defaults,
}: {
  action: FormAction;
  planId: string;
  version: number;
  recipient: string;
  defaults: { documentNumber: string | null; documentDate: string | null; signerName: string | null };
}) {
  const t = useTranslations("plans.send");
  const [state, formAction, isPending] = useActionState(action, {});
  const messageRef = useFocusOnError(state);
  const fieldError = useFieldError(state.fieldErrors);
  return (
    <form
      action={formAction}
      noValidate
      encType="multipart/form-data"
      className="space-y-4 rounded border border-slate-300 bg-white p-4"
      data-testid="send-plan-form"
    >
      <h2 className="text-lg font-semibold">{t("heading")}</h2>
      <p className="text-sm text-slate-700">{t("intro", { recipient })}</p>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={state.version ?? version} />
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        <FormMessage status={state.status} message={state.message} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id="send-document-number"
          label={t("documentNumber")}
          hint={t("documentNumberHint")}
          error={fieldError("documentNumber")}
          isRequired
          requiredLabel={t("required")}
          name="documentNumber"
          required
          maxLength={100}
          defaultValue={textValue(state.values, "documentNumber", defaults.documentNumber ?? "")}
        />
        <TextField
          id="send-document-date"
          label={t("documentDate")}
          error={fieldError("documentDate")}
          isRequired
          requiredLabel={t("required")}
          type="date"
          name="documentDate"
          required
          defaultValue={textValue(state.values, "documentDate", defaults.documentDate ?? "")}
        />
        <TextField
          id="send-signer"
          label={t("signerName")}
          hint={t("signerNameHint")}
          error={fieldError("signerName")}
          isRequired
          requiredLabel={t("required")}
          name="signerName"
          required
          maxLength={200}
          defaultValue={textValue(state.values, "signerName", defaults.signerName ?? "")}
        />
      </div>
      <FormField id="send-signed-copy" label={t("signedCopy")} hint={t("signedCopyHint")} error={fieldError("file")}>
        {(a11y) => <input {...a11y} type="file" name="signedCopy" accept="application/pdf,.pdf" className="block text-sm" />}
      </FormField>
      <button type="submit" className={primaryButtonClass} disabled={isPending} data-testid="send-plan-submit">
        {isPending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
