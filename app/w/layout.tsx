import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";


export default function JoinLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="workshops">{children}</ClientMessages>;
}
