import type { ReactNode } from "react";

/** A titled region of a page: its h2 names it for screen readers' landmark lists. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4">
      <h2 id={id} className="text-std-24B-150">
        {title}
      </h2>
      {children}
    </section>
  );
}
