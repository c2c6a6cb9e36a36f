"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { inputlessAction } from "@/lib/actions/define";
import { authorise } from "@/lib/auth/session";
import { markAllNotificationsRead } from "@/lib/notifications/mutations";

/** Posted by a plain form, so it works without JavaScript; anyone else's notices are untouched. */
export const markAllReadAction = inputlessAction(async function markAllReadAction(): Promise<void> {
  const auth = await authorise("notification.read");
  // Only a session that expired since the page loaded gets here signed out.
  if (!auth.ok) redirect("/signin?callbackUrl=%2Fnotifications");
  await markAllNotificationsRead(auth.user);
  revalidatePath("/", "layout");
});
