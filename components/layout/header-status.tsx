"use client";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

// The header's per-person part: the signed-in user's name and unread notifications. The server renders the
// header the same for everyone of a role and organization (so whole pages can be cached, see
// lib/server/cache/page-cache.ts); the browser fills these in from GET /api/header, again after each navigation
// and whenever a form says the numbers changed (refreshHeaderStatus, e.g. after "mark all read").
type HeaderStatus = { name: string; unreadNotifications: number };

const HeaderStatusContext = createContext<HeaderStatus | null>(null);
const REFRESH_EVENT = "portal:header-status";

// Asks the header to fetch the name and unread count again (after an action that changed them).
export function refreshHeaderStatus(): void {
  window.dispatchEvent(new Event(REFRESH_EVENT));
}

export function HeaderStatusProvider({ signedIn, children }: { signedIn: boolean; children: ReactNode }) {
  const pathname = usePathname();
  const [status, setStatus] = useState<HeaderStatus | null>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    const ask = () => setAsked((count) => count + 1);
    window.addEventListener(REFRESH_EVENT, ask);
    return () => window.removeEventListener(REFRESH_EVENT, ask);
  }, []);
  useEffect(() => {
    if (!signedIn) return;
    const controller = new AbortController();
    fetch("/api/header", { headers: { Accept: "application/json" }, signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<HeaderStatus>) : null))
      .then((next) => setStatus(next))
      .catch(() => undefined);
    return () => controller.abort();
  }, [signedIn, pathname, asked]);
  return <HeaderStatusContext.Provider value={status}>{children}</HeaderStatusContext.Provider>;
}

// The user's name; a fixed-width blank until it is known (no layout shift).
export function HeaderUserName() {
  const status = useContext(HeaderStatusContext);
  if (!status) return <span aria-hidden="true" className="inline-block h-4 w-24 rounded bg-white/20 align-middle" />;
  return <span data-testid="user-name">{status.name}</span>;
}

// The number of unread notifications beside the header's link; the words are for screen readers, so the link's
// accessible name starts with the visible word ("Thông báo 3 chưa đọc").
export function UnreadNotificationsCount() {
  const t = useTranslations("common");
  const count = useContext(HeaderStatusContext)?.unreadNotifications ?? 0;
  if (count <= 0) return null;
  return (
    <>
      <span aria-hidden="true" className="min-w-5 rounded-full bg-white px-1.5 text-center text-xs font-bold text-brand-dark">
        {count > 99 ? "99+" : count}
      </span>
      <span className="sr-only">{t("unreadNotifications", { count })}</span>
    </>
  );
}
