"use client";

import { useEffect } from "react";
import { parseAutosaveKey } from "@/lib/domain/report-form";

// After a save or a submission went through, the browser's copies of older versions of this report are
// obsolete. (A copy left by a failed save survives a plain reload, so the form can offer it back.)
export function AutosaveCleanup({ reportId, version }: { reportId: string; version: number }) {
  useEffect(() => {
    try {
      const storage = window.localStorage;
      const stale: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        const parsed = key ? parseAutosaveKey(key) : null;
        if (key && parsed?.reportId === reportId && parsed.version < version) stale.push(key);
      }
      for (const key of stale) storage.removeItem(key);
    } catch {
      // Storage disabled: there is nothing to clean.
    }
  }, [reportId, version]);
  return null;
}
