import type { ReactNode } from "react";
import { cx } from "./cx";

export interface CardProps {
  /** The element: "li" inside a list of cards, "article" for a self-contained item, "section" with a heading. */
  as?: "div" | "article" | "section" | "li";
  className?: string;
  children: ReactNode;
}

/** A bordered panel on the DADS tokens. Cards never link as a whole: put a real link inside. */
export function Card({ as: Element = "div", className, children }: CardProps) {
  return (
    <Element className={cx("flex flex-col gap-3 rounded-12 border border-solid-gray-420 bg-white p-6", className)}>
      {children}
    </Element>
  );
}
