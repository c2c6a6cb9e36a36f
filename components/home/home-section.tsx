import type { ReactNode } from "react";
import { Container } from "@/components/ui/container";
import { cx } from "@/components/ui/cx";

export interface HomeSectionProps {
  /** Anchor and heading id: the section is labelled by its h2. */
  id: string;
  title: ReactNode;
  /** "muted" alternates a light grey band, to separate long sections calmly. */
  tone?: "plain" | "muted";
  children: ReactNode;
}

export function HomeSection({ id, title, tone = "plain", children }: HomeSectionProps) {
  const headingId = `${id}-title`;
  return (
    <section id={id} aria-labelledby={headingId} className={cx(tone === "muted" && "bg-solid-gray-50")}>
      <Container className="flex flex-col gap-6 py-12 md:py-16">
        <h2
          id={headingId}
          className="border-l-4 border-blue-900 pl-4 text-std-24B-150 text-solid-gray-900 md:text-std-28B-150"
        >
          {title}
        </h2>
        {children}
      </Container>
    </section>
  );
}

/** Running text at a readable measure. */
export function Prose({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cx("flex max-w-180 flex-col gap-4 text-std-17N-170 text-solid-gray-800", className)}>{children}</div>;
}
