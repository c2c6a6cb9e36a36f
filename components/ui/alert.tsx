import type { ReactNode } from "react";
import { cx } from "./cx";

export type AlertTone = "info" | "success" | "warning" | "error";

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /**
   * How a change is announced. Defaults: error → "assertive" (role="alert"), others → "polite"
   * (role="status"). Use "off" for a notice that is on the page from the start and never changes.
   */
  live?: "assertive" | "polite" | "off";
  id?: string;
  className?: string;
}

const tones: Record<AlertTone, { box: string; icon: string; path: string }> = {
  info: {
    box: "border-blue-900 bg-blue-50",
    icon: "text-blue-900",
    path: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-6h2v6Zm0-8h-2V7h2v2Z",
  },
  success: {
    box: "border-success-2 bg-green-50",
    icon: "text-success-2",
    path: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-2 15-5-5 1.4-1.4 3.6 3.6 7.6-7.6L19 8l-9 9Z",
  },
  warning: {
    box: "border-warning-orange-2 bg-orange-50",
    icon: "text-warning-orange-2",
    path: "M1 21h22L12 2 1 21Zm12-3h-2v-2h2v2Zm0-4h-2v-4h2v4Z",
  },
  error: {
    box: "border-error-1 bg-red-50",
    icon: "text-error-1",
    path: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z",
  },
};

/** A notification banner in the DADS colours: an icon, an optional title and the message. */
export function Alert({ tone = "info", title, children, live, id, className }: AlertProps) {
  const mode = live ?? (tone === "error" ? "assertive" : "polite");
  const role = mode === "assertive" ? "alert" : mode === "polite" ? "status" : undefined;
  const style = tones[tone];
  return (
    <div id={id} role={role} className={cx("flex gap-3 rounded-8 border-2 p-4 text-solid-gray-900", style.box, className)}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" className={cx("mt-0.5 shrink-0", style.icon)}>
        <path d={style.path} fill="currentColor" />
      </svg>
      <div className="flex min-w-0 flex-col gap-1">
        {title && <p className="text-std-17B-170">{title}</p>}
        {children && <div className="text-std-16N-170">{children}</div>}
      </div>
    </div>
  );
}
