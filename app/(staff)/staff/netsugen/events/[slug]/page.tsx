import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { jstClock } from "@/components/netsugen/clock";
import { EventCheckInButton } from "@/components/netsugen/event-check-in-button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { requirePageAccess } from "@/lib/auth/guard";
import { listEventRegistrations } from "@/lib/netsugen/events";
import { TableFrame } from "@/components/ui/table-frame";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("netsugenStaff.events"))("title") };
}

export default async function EventDoorListPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageAccess("netsugen.reception", `/staff/netsugen/events/${encodeURIComponent(slug)}`);
  const [data, t, statusT] = await Promise.all([listEventRegistrations(slug), getTranslations("netsugenStaff.events"), getTranslations("netsugen.status")]);
  if (!data) notFound();
  return (
    <Container className="flex flex-col gap-6 pb-16">
      <PageHeader eyebrow={<TextLink href="/staff/netsugen">NETSUGEN</TextLink>} title={t("doorList", { title: data.event.titleJa })} />
      <TableFrame label={t("doorList", { title: data.event.titleJa })}>
        <table className="w-full max-w-180 border-collapse text-left text-std-16N-170">
          <thead>
            <tr className="border-b-2 border-solid-gray-420">
              <th scope="col" className="py-2 pr-4">{t("name")}</th>
              <th scope="col" className="py-2 pr-4">{t("status")}</th>
              <th scope="col" className="py-2" />
            </tr>
          </thead>
          <tbody>
            {data.registrations.map((r) => (
              <tr key={r.id} className="border-b border-solid-gray-200">
                <td className="py-2 pr-4">{r.name}</td>
                <td className="py-2 pr-4">
                  {r.status === "WAITLISTED" ? t("waitlisted", { position: r.waitlistPosition ?? 0 }) : r.checkedInAt ? t("checkedIn", { time: jstClock(r.checkedInAt) }) : statusT("CONFIRMED")}
                </td>
                <td className="py-2">
                  {r.status === "REGISTERED" && !r.checkedInAt && <EventCheckInButton registrationId={r.id} label={t("checkInLabel", { name: r.name })} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </Container>
  );
}
