"use client";

import { useEffect, useState } from "react";

export type ServiceStatus = "checking" | "up" | "maintenance";

const RECHECK_MS = 5_000;

/**
 * After a page failed: asks /api/health whether the database is reachable. While it is not, the
 * error page says the service is in maintenance and keeps asking; when it answers again, the page
 * reloads by itself, so nobody has to guess when to try again.
 */
export function useServiceStatus(): ServiceStatus {
  const [status, setStatus] = useState<ServiceStatus>("checking");
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasDown = false;
    let stopped = false;
    const check = async () => {
      const up = await fetch("/api/health", { cache: "no-store" }).then(
        (response) => response.ok,
        () => false,
      );
      if (stopped) return;
      if (up && wasDown) {
        window.location.reload();
        return;
      }
      wasDown = !up;
      setStatus(up ? "up" : "maintenance");
      if (!up) timer = setTimeout(check, RECHECK_MS);
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return status;
}
