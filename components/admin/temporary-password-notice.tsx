"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";

// Shown once, right after the password was generated: it exists only in this response, never in storage.
// Focus moves here so that screen-reader users hear it at once.
export function TemporaryPasswordNotice({ password, children }: { password: string; children?: ReactNode }) {
  const t = useTranslations("admin.temporaryPassword");
  // Which password was copied: a newly generated one shows "copy" again without resetting state in an effect.
  const [copiedPassword, setCopiedPassword] = useState<string | null>(null);
  const isCopied = copiedPassword === password;
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    region.current?.focus();
  }, [password]);
  return (
    <div
      ref={region}
      tabIndex={-1}
      role="status"
      aria-labelledby="temporary-password-title"
      className="space-y-2 rounded-lg border-2 border-cb-green bg-emerald-50 p-4 text-emerald-950"
      data-testid="temporary-password-notice"
    >
      <h2 id="temporary-password-title" className="font-semibold">
        {t("title")}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid="temporary-password"
          className="select-all rounded border border-slate-300 bg-white px-3 py-2 font-mono text-lg tracking-wider text-slate-900"
        >
          {password}
        </code>
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(password).then(() => setCopiedPassword(password));
          }}
          className="rounded border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:border-brand"
        >
          {isCopied ? t("copied") : t("copy")}
        </button>
      </div>
      <p className="text-sm">{t("note")}</p>
      {children}
    </div>
  );
}
