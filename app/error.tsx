"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useServiceStatus } from "@/components/layout/use-service-status";
import { Button, LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";

/**
 * An unexpected error below the root layout: header and footer stay. Calm wording in the active
 * language, the same in the other language underneath, a retry, and the digest to quote. When the
 * database is down it says "maintenance" instead, and the page reloads itself once it is back.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errorPage");
  const maintenance = useServiceStatus() === "maintenance";
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <Container size="narrow" className="pb-16">
      <title>{maintenance ? t("maintenanceTitle") : t("title")}</title>
      <PageHeader
        title={maintenance ? t("maintenanceTitle") : t("title")}
        lead={
          <div className="flex flex-col gap-4" role={maintenance ? "status" : undefined}>
            <p>{maintenance ? t("maintenanceBody") : t("body")}</p>
            {!maintenance && <p>{t("persist")}</p>}
            <div lang={t("alternateLang")} className="flex flex-col gap-1 border-l-4 border-solid-gray-200 pl-4 text-std-16N-170 text-solid-gray-700">
              <p className="font-bold">{maintenance ? t("maintenanceAlternateTitle") : t("alternateTitle")}</p>
              <p>{maintenance ? t("maintenanceAlternate") : t("alternate")}</p>
            </div>
            {digest && <p className="text-std-16N-170 text-solid-gray-700">{t("reference", { digest })}</p>}
          </div>
        }
        actions={
          <>
            <Button onClick={() => retry()}>{t("retry")}</Button>
            <LinkButton href="/" variant="secondary">
              {t("home")}
            </LinkButton>
          </>
        }
      />
    </Container>
  );
}
