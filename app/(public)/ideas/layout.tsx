import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";


export default function IdeasLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="projects">{children}</ClientMessages>;
}
