import Link from "next/link";
import type { ComponentProps } from "react";
import { cx } from "./cx";
import { focusRing } from "./styles";

export type ButtonVariant = "primary" | "secondary" | "tertiary";
export type ButtonSize = "sm" | "md" | "lg";

interface ButtonStyleProps {
  /** primary: filled blue, one per view · secondary: outlined · tertiary: underlined text. */
  variant?: ButtonVariant;
  /** sm 44px · md 48px · lg 56px tall; every size meets the 44px touch target. */
  size?: ButtonSize;
  fullWidth?: boolean;
}

const base =
  "inline-flex items-center justify-center gap-2 rounded-8 text-center text-dns-16B-130 underline-offset-3 disabled:cursor-not-allowed aria-disabled:cursor-not-allowed forced-colors:border forced-colors:border-[ButtonText]";

const variants: Record<ButtonVariant, string> = {
  primary:
    "border-4 border-double border-transparent bg-blue-900 text-white hover:bg-blue-1000 hover:underline active:bg-blue-1200 disabled:bg-solid-gray-300 disabled:text-solid-gray-50 disabled:no-underline aria-disabled:bg-solid-gray-300 aria-disabled:text-solid-gray-50",
  secondary:
    "border border-current bg-white text-blue-900 hover:bg-blue-200 hover:text-blue-1000 hover:underline active:bg-blue-300 disabled:bg-white disabled:text-solid-gray-300 disabled:no-underline aria-disabled:text-solid-gray-300",
  tertiary:
    "text-blue-900 underline hover:bg-blue-50 hover:text-blue-1000 hover:decoration-3 active:bg-blue-100 focus-visible:bg-yellow-300 disabled:text-solid-gray-300 aria-disabled:text-solid-gray-300",
};

const sizes: Record<ButtonSize, string> = {
  sm: "min-h-11 min-w-20 px-3 py-1",
  md: "min-h-12 min-w-24 px-4 py-2",
  lg: "min-h-14 min-w-34 px-6 py-3",
};

export function buttonClasses({ variant = "primary", size = "md", fullWidth = false }: ButtonStyleProps = {}) {
  return cx(base, focusRing, variants[variant], sizes[size], fullWidth && "w-full");
}

export type ButtonProps = ComponentProps<"button"> & ButtonStyleProps;

/** A real <button>; `type` defaults to "button" so it never submits a form by accident. */
export function Button({ variant, size, fullWidth, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={cx(buttonClasses({ variant, size, fullWidth }), className)} {...props} />;
}

export type LinkButtonProps = ComponentProps<typeof Link> & ButtonStyleProps;

/** A link that looks like a button: for navigation, not for actions. */
export function LinkButton({ variant, size, fullWidth, className, ...props }: LinkButtonProps) {
  return <Link className={cx(buttonClasses({ variant, size, fullWidth }), className)} {...props} />;
}
