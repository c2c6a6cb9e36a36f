import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { Container } from "@/components/ui/container";
import { PrintButton } from "@/components/workshops/print-button";
import { requirePageAccess } from "@/lib/auth/guard";
import { joinLink } from "@/lib/workshops/join-link";
import { findSession } from "@/lib/workshops/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshopStaff");
  return { title: t("qrPrint") };
}

/** An A4 poster for the hall's entrance: the QR code, the short URL and the code, in large type. */
export default async function PrintableQrPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await findSession(id);
  if (!session) notFound();
  const path = `/staff/workshops/sessions/${id}`;
  await requirePageAccess("workshop.facilitate", `${path}/qr`, { facilitatorIds: session.facilitators.map((f) => f.id) });
  if (session.state !== "OPEN" || !session.joinCode) redirect(path);
  const [t, locale, join] = await Promise.all([getTranslations(), getLocale(), joinLink(session.joinCode)]);
  return (
    <Container size="narrow" className="flex flex-col items-center gap-6 py-10 text-center">
      <p className="text-std-20B-150">{locale === "en" ? session.series.titleEn : session.series.titleJa}</p>
      <h1 className="text-std-36B-140">{t(`workshops.board.kind.${session.kind}`)}</h1>
      <div className="w-full max-w-120 bg-white" role="img" aria-label={t("workshopStaff.qrAlt", { url: join.url })} dangerouslySetInnerHTML={{ __html: join.qrSvg }} />
      <p className="text-std-20B-150">{t("projector.joinAt")}</p>
      <p className="text-std-28B-150 break-all">{join.url}</p>
      <p className="text-std-20B-150">{t("projector.code")}</p>
      <p className="font-mono text-7xl font-bold tracking-widest">{session.joinCode}</p>
      <PrintButton />
    </Container>
  );
}
