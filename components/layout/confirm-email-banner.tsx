import Link from "next/link";
import { useTranslations } from "next-intl";
import { Container } from "@/components/ui/container";
import { linkStyle } from "@/components/ui/styles";

/** Under the header, on every page, until the signed-in person has confirmed their address. */
export function ConfirmEmailBanner() {
  const t = useTranslations("emailConfirmation");
  return (
    <div className="border-b border-warning-orange-2 bg-orange-50">
      <Container className="py-2 text-std-16N-170">
        {t("banner")}{" "}
        <Link href="/account/confirm-email" className={linkStyle}>
          {t("bannerLink")}
        </Link>
      </Container>
    </div>
  );
}
