// The notification settings form: one choice per kind of notice. Field names are the kinds'
// catalogue keys ("idea.answered" → "ideaAnswered"), since form field names read badly with dots.
import { kindMessageKey, NOTIFICATION_MAIL_KINDS, type NotificationMailKind, STAFF_NOTIFICATION_KINDS } from "../mail/kinds";
import { z } from "../validation/zod";

export const MAIL_DELIVERIES = ["IMMEDIATE", "DAILY", "WEEKLY", "OFF"] as const;
export type MailDeliveryChoice = (typeof MAIL_DELIVERIES)[number];

type FieldOf<Kind extends string> = Kind extends `${infer Head}.${infer Tail}` ? `${Head}${Capitalize<Tail>}` : Kind;
export type PreferenceField = FieldOf<NotificationMailKind>;

export function preferenceFieldOf<Kind extends NotificationMailKind>(kind: Kind): FieldOf<Kind> {
  return kindMessageKey(kind) as FieldOf<Kind>;
}

const delivery = z.enum(MAIL_DELIVERIES, { error: "errors.invalidChoice" });

// Staff kinds are absent from other people's forms; absent means "leave as it is".
export const notificationPreferencesSchema = z.object(
  Object.fromEntries(NOTIFICATION_MAIL_KINDS.map((kind) => [preferenceFieldOf(kind), STAFF_NOTIFICATION_KINDS.includes(kind) ? delivery.optional() : delivery])) as Record<
    PreferenceField,
    typeof delivery | z.ZodOptional<typeof delivery>
  >,
);
