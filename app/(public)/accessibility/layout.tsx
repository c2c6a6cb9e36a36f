import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function AccessibilityLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="accessibility">{children}</ClientMessages>;
}
