"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { Alert } from "./alert";

/**
 * The confirmation after a form was sent. On a phone the form's top is often scrolled away by the
 * time the answer comes, so the notice brings itself into view and takes focus: a screen reader
 * reads it out, and the keyboard continues from it.
 */
export function SuccessNotice({ title, children }: { title?: ReactNode; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    node.scrollIntoView({ block: "nearest" });
    node.focus({ preventScroll: true });
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="rounded-8 outline-none focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-black">
      <Alert tone="success" title={title}>
        {children}
      </Alert>
    </div>
  );
}
