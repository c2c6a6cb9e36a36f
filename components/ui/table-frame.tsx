import type { ReactNode } from "react";
import { cx } from "./cx";
import { tableStyles } from "./table-styles";

/**
 * The frame every data table sits in. A table wider than the screen scrolls sideways inside it,
 * so the page itself never does and cells keep their words whole. It is a named region with a
 * tab stop (WCAG 2.1.1): keyboard users focus it and scroll with the arrow keys, and screen
 * readers announce what the scrollable area holds.
 */
export function TableFrame({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cx(tableStyles.frame, className)}>
      {children}
    </div>
  );
}
