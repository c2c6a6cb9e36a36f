import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// Staff consoles: many forms, few visitors; they get every message.
export default function StaffLayout({ children }: { children: ReactNode }) {
  return <ClientMessages all>{children}</ClientMessages>;
}
