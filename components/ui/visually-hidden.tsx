import type { ComponentProps } from "react";

/** Text for screen readers only: still read aloud, never shown. */
export function VisuallyHidden({ className, ...props }: ComponentProps<"span">) {
  return <span className={className ? `sr-only ${className}` : "sr-only"} {...props} />;
}
