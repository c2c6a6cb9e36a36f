"use client";

import { lazy, type ComponentProps } from "react";
import type { CodeForm as Form } from "./code-form";

const LazyForm = lazy(() => import("./code-form").then((m) => ({ default: m.CodeForm })));

/**
 * The code form for /w/[code], in a chunk of its own: that page shows it only when the code in
 * the address is wrong, so the join form's visitors need not download it (nor the Alert it
 * brings). Rendered on the server like any client component; /w imports CodeForm directly.
 */
export function CodeFormLazy(props: ComponentProps<typeof Form>) {
  return <LazyForm {...props} />;
}
