import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// Account pages are seen only by their owner; they get every message.
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <ClientMessages all>{children}</ClientMessages>;
}
