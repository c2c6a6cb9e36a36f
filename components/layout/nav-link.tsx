"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ComponentProps } from "react";
import { cx } from "@/components/ui/cx";

/** A header navigation link that marks the current page with aria-current="page". */
export function NavLink({ href, className, ...props }: ComponentProps<typeof Link> & { href: string }) {
  const current = usePathname() === href;
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={cx(
        "inline-flex min-h-11 items-center whitespace-nowrap rounded-6 px-3 text-dns-16N-130 text-solid-gray-900 underline-offset-3 hover:bg-solid-gray-50 hover:underline aria-[current=page]:font-bold aria-[current=page]:underline aria-[current=page]:decoration-3",
        className,
      )}
      {...props}
    />
  );
}
