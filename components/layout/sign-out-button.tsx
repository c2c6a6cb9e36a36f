"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClasses } from "@/components/ui/button";

/**
 * Sign-out through next-auth v4's client, which fetches the CSRF token that its sign-out endpoint
 * requires and then returns to the home page. The client is loaded on the click: the header is on
 * every page, and most visitors never sign out, so it stays out of every page's first load.
 */
export function SignOutButton() {
  const t = useTranslations("nav");
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      aria-disabled={pending || undefined}
      onClick={() => {
        if (pending) return;
        setPending(true);
        void import("next-auth/react")
          .then(({ signOut }) => signOut({ callbackUrl: "/" }))
          .catch(() => setPending(false));
      }}
      className={`${buttonClasses({ variant: "secondary", size: "sm" })} whitespace-nowrap`}
    >
      {t("signOut")}
    </button>
  );
}
