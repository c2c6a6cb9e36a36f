import Link from "next/link";
import type { ComponentProps } from "react";
import { cx } from "./cx";
import { linkStyle } from "./styles";

export type TextLinkProps = ComponentProps<typeof Link>;

/** An inline link in running text, styled as DADS links are. */
export function TextLink({ className, ...props }: TextLinkProps) {
  return <Link className={cx(linkStyle, className)} {...props} />;
}
