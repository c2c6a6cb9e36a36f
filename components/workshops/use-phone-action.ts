"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

/** A key for one new post, made on the phone; getRandomValues works on plain-http LANs too. */
export function newClientKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Runs a server action from a phone. A post keeps its idempotency key until it succeeds, so
 * pressing "submit" again after a timeout sends the same key and the server stores it once. A lost
 * connection becomes an error message, not an error page, and the typed text stays in the form.
 */
export function usePhoneAction<T>(action: (previous: unknown, formData: FormData) => Promise<ActionResult<T>>) {
  const [state, setState] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  const [clientKey, setClientKey] = useState(newClientKey);
  const [version, setVersion] = useState(0);
  function submit(formData: FormData) {
    startTransition(async () => {
      try {
        const result = await action(null, formData);
        setState(result);
        if (result.ok) {
          setClientKey(newClientKey());
          setVersion((v) => v + 1);
        }
      } catch {
        setState({ ok: false, error: "workshopErrors.network" });
      }
    });
  }
  return { state, pending, submit, clientKey, version };
}
