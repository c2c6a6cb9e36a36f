import type { ReactNode } from "react";
import { cx } from "./cx";

export interface PageHeaderProps {
  /** The page's one <h1>. */
  title: ReactNode;
  /** A short line above the title, e.g. the section of the site. */
  eyebrow?: ReactNode;
  /** One or two sentences under the title. */
  lead?: ReactNode;
  /** Buttons or links that belong to the whole page. */
  actions?: ReactNode;
  className?: string;
}

/** The top of a page: eyebrow, h1, lead and actions, in DADS heading sizes. */
export function PageHeader({ title, eyebrow, lead, actions, className }: PageHeaderProps) {
  return (
    <header className={cx("flex flex-col gap-4 py-8 md:py-12", className)}>
      {eyebrow && <p className="text-std-16B-170 text-solid-gray-700">{eyebrow}</p>}
      <h1 className="text-std-28B-150 text-solid-gray-900 md:text-std-36B-140">{title}</h1>
      {lead && <div className="max-w-180 text-std-17N-170 text-solid-gray-800">{lead}</div>}
      {actions && <div className="flex flex-wrap gap-4">{actions}</div>}
    </header>
  );
}
