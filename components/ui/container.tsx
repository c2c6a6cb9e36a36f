import type { ReactNode } from "react";
import { cx } from "./cx";

export interface ContainerProps {
  /** "wide" for page chrome and grids, "narrow" for forms and long prose (about 40 characters of Japanese). */
  size?: "wide" | "narrow";
  className?: string;
  children: ReactNode;
}

/** Centres content with the page's side margins. */
export function Container({ size = "wide", className, children }: ContainerProps) {
  return (
    <div className={cx("mx-auto w-full px-4 sm:px-6 lg:px-8", size === "wide" ? "max-w-300" : "max-w-180", className)}>
      {children}
    </div>
  );
}
