"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export interface HeaderMenuProps {
  /** The toggle's name, e.g. 「メニュー」; its state is told by aria-expanded, not by a new name. */
  label: string;
  children: ReactNode;
}

/**
 * On narrow screens the navigation and account links fold behind a disclosure button; from the
 * md breakpoint they are always shown and the button is gone. The menu closes on Escape and on
 * navigation. Without JavaScript, a <noscript> rule in SiteHeader shows the panel open.
 */
export function HeaderMenu({ label, children }: HeaderMenuProps) {
  const pathname = usePathname();
  // Open "at" a path: moving to another page closes it without an effect.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpenAt(null);
      buttonRef.current?.focus();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenAt(open ? null : pathname)}
        className="site-menu-toggle inline-flex shrink-0 min-h-11 min-w-11 flex-col items-center justify-center gap-0.5 rounded-6 px-2 text-dns-14N-130 text-solid-gray-900 hover:bg-solid-gray-50 md:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
          {open ? (
            <path fill="currentColor" d="m6.4 19-1.4-1.4 5.6-5.6L5 6.4 6.4 5l5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19Z" />
          ) : (
            <path fill="currentColor" d="M3 18v-2h18v2H3Zm0-5v-2h18v2H3Zm0-5V6h18v2H3Z" />
          )}
        </svg>
        <span>{label}</span>
      </button>
      <div
        id={panelId}
        className={cx(
          // From md up the panel is a row of its own under the site name: six sections and the account
          // area do not fit beside it without breaking words.
          "site-menu-panel w-full border-t border-solid-gray-420 pt-2 pb-4 md:flex md:flex-wrap md:items-center md:justify-between md:gap-x-6 md:gap-y-2 md:border-solid-gray-200 md:pb-0",
          open ? "block" : "hidden",
        )}
      >
        {children}
      </div>
    </>
  );
}
