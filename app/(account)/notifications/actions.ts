"use server";

import { revalidatePath } from "next/cache";
import { authorise } from "@/lib/auth/session";
import { markAllNotificationsRead } from "@/lib/notifications/mutations";

/** Posted by a plain form, so it works without JavaScript; anyone else's notices are untouched. */
export async function markAllReadAction(): Promise<void> {
  const auth = await authorise("notification.read");
  if (!auth.ok) return;
  await markAllNotificationsRead(auth.user);
  revalidatePath("/", "layout");
}
