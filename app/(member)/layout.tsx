import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";


export default function MemberLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="netsugen">{children}</ClientMessages>;
}
