import Link from "next/link";
import { useTranslations } from "next-intl";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { HeaderMenu } from "./header-menu";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";
import { SiteLogo } from "./site-logo";

export interface SiteHeaderUser {
  name: string;
  /** Whether to link the staff console (decided by lib/auth/roles, not here). */
  staffConsole: boolean;
  /** Facilitators run workshops without the rest of the staff console. */
  workshopConsole: boolean;
  unreadNotifications: number;
}

export interface SiteHeaderProps {
  /** The signed-in person, or null. */
  user: SiteHeaderUser | null;
}

// Without JavaScript the menu button cannot open the panel, so show the panel and hide the button
// below the md breakpoint (48rem).
const NO_SCRIPT_CSS = "@media (max-width: 47.99rem){.site-menu-panel{display:block!important}.site-menu-toggle{display:none!important}}";

/**
 * The banner: a language bar, then the site name, the primary navigation and the account area.
 * Navigation only links to pages that exist.
 */
export function SiteHeader({ user }: SiteHeaderProps) {
  const t = useTranslations("nav");
  const common = useTranslations("common");
  const netsugen = useTranslations("netsugen");
  const tNotifications = useTranslations("notifications");
  const workshops = useTranslations("workshopsNav");
  const tAccount = useTranslations("account");
  return (
    <header className="border-b border-solid-gray-420 bg-white">
      <noscript>
        <style>{NO_SCRIPT_CSS}</style>
      </noscript>
      <div className="border-b border-solid-gray-200 bg-solid-gray-50">
        <Container className="flex justify-end py-1">
          <LanguageSwitch />
        </Container>
      </div>
      <Container className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 py-3 md:gap-x-6">
        <Link href="/" className="flex min-h-11 min-w-0 flex-1 basis-0 items-center gap-3 rounded-6 text-solid-gray-900 no-underline hover:underline">
          <SiteLogo className="shrink-0" />
          <span className="flex flex-col">
            <span className="text-std-20B-150">
              <span lang="ja">{common("siteNameJa")}</span> <span lang="en">{common("siteNameEn")}</span>
            </span>
            <span className="text-balance text-dns-14N-130 text-solid-gray-700">{common("tagline")}</span>
          </span>
        </Link>
        <HeaderMenu label={t("menu")}>
          <nav aria-label={t("label")}>
            <ul className="flex flex-col gap-1 md:flex-row md:flex-wrap md:items-center">
              <li>
                <NavLink href="/">{t("home")}</NavLink>
              </li>
              <li>
                <NavLink href="/zukan">{t("zukan")}</NavLink>
              </li>
              <li>
                <NavLink href="/dashboard">{t("dashboard")}</NavLink>
              </li>
              <li>
                <NavLink href="/workshops">{workshops("link")}</NavLink>
              </li>
              <li>
                <NavLink href="/netsugen">{netsugen("nav")}</NavLink>
              </li>
              {user?.staffConsole && (
                <li>
                  <NavLink href="/staff">{t("staffConsole")}</NavLink>
                </li>
              )}
              {user?.workshopConsole && !user.staffConsole && (
                <li>
                  <NavLink href="/staff/workshops">{t("workshopConsole")}</NavLink>
                </li>
              )}
            </ul>
          </nav>
          <div className="mt-3 flex flex-col gap-3 border-t border-solid-gray-200 pt-3 md:mt-0 md:flex-row md:items-center md:border-0 md:pt-0">
            {user ? (
              <>
                <NavLink href="/account" className="gap-2 whitespace-normal">
                  <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className="shrink-0 text-solid-gray-700">
                    <path
                      fill="currentColor"
                      d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm0 2c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4Z"
                    />
                  </svg>
                  {/* Named after the person and the page, not "signed in as": the sign-in link's name stays unique. */}
                  <span>
                    {user.name}
                    <span className="sr-only">{tAccount("navSuffix")}</span>
                  </span>
                </NavLink>
                <NavLink href="/notifications">
                  {tNotifications("title")}
                  {user.unreadNotifications > 0 && (
                    <span className="ml-1 rounded-full bg-blue-900 px-2 text-dns-14B-130 text-white">
                      <span aria-hidden="true">{user.unreadNotifications}</span>
                      <span className="sr-only">{tNotifications("navLabel", { count: user.unreadNotifications })}</span>
                    </span>
                  )}
                </NavLink>
                <SignOutButton />
              </>
            ) : (
              <>
                <LinkButton href="/signin" variant="secondary" size="sm">
                  {t("signIn")}
                </LinkButton>
                <LinkButton href="/signup" variant="primary" size="sm">
                  {t("signUp")}
                </LinkButton>
              </>
            )}
          </div>
        </HeaderMenu>
      </Container>
    </header>
  );
}
