"use client";

import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { usePathname } from "next/navigation";

// Below the `md` breakpoint the header's navigation and account box fold behind one menu button; from `md` up
// they are always shown and the button is hidden. The panel is the same DOM on both, so links, forms and focus
// order exist once. Escape closes the menu and returns focus to the button; opening moves focus to the first
// link; following a link closes it (the menu remembers the page it was opened on).
export function HeaderMenu({ openLabel, closeLabel, children }: { openLabel: string; closeLabel: string; children: ReactNode }) {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  const close = () => {
    setOpenOn(null);
    button.current?.focus();
  };
  const toggle = () => {
    if (isOpen) return close();
    setOpenOn(pathname);
    // After the panel is shown (next frame), so that it can take focus.
    requestAnimationFrame(() => panel.current?.querySelector<HTMLElement>("a, button, input, select")?.focus());
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && isOpen) {
      event.stopPropagation();
      close();
    }
  };

  return (
    <div className="contents" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="ml-auto inline-flex items-center gap-2 rounded border border-white/60 px-3 py-2 text-sm font-medium hover:bg-white/10 md:hidden"
        aria-expanded={isOpen}
        aria-controls="site-menu"
        onClick={toggle}
        data-testid="menu-button"
      >
        <span aria-hidden="true">{isOpen ? "✕" : "☰"}</span>
        {isOpen ? closeLabel : openLabel}
      </button>
      <div
        ref={panel}
        id="site-menu"
        className={`${isOpen ? "flex" : "hidden"} w-full flex-col gap-3 border-t border-white/20 pt-3 md:flex md:w-auto md:flex-1 md:flex-row md:flex-wrap md:items-center md:gap-4 md:border-0 md:pt-0`}
      >
        {children}
      </div>
    </div>
  );
}
