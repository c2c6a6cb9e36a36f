"use client";

import { lazy } from "react";
import type { BookingFormProps } from "./booking-form";

const LazyForm = lazy(() => import("./booking-form").then((m) => ({ default: m.BookingForm })));

/**
 * The booking form, in a chunk of its own: a space's page shows it only to members who may book,
 * while most visitors (and everyone signed out) see a sign-in link instead, so they need not
 * download it. Still rendered on the server when shown; the chunk is fetched only then.
 */
export function BookingFormLazy(props: BookingFormProps) {
  return <LazyForm {...props} />;
}
