"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, type MouseEvent, type ReactNode } from "react";
import { Button, type ButtonProps } from "./button";

export interface ConfirmSubmitProps extends Omit<ButtonProps, "type" | "onClick" | "ref"> {
  /** The dialog's heading, a question: 「セッションを終了しますか？」. It names the dialog. */
  title: string;
  /** What will happen, in plain words (what is lost, who is told, whether it can be undone). */
  consequence: ReactNode;
  /** The confirming button names the action: 「セッションを終了する」, never 「OK」. */
  confirmLabel: string;
}

/**
 * A submit button that asks first, for steps that end or remove something. It is a real submit
 * button of its form, so without JavaScript (or before the page has hydrated) the form submits
 * at once and the server action decides, as it always does. With JavaScript a click opens a
 * native modal <dialog> (focus trapped by the browser, Escape cancels), focus starts on 「やめる」,
 * and returns to the button when the dialog closes. Confirming submits the form with this button
 * as the submitter, so its name and value (e.g. decision=HIDE) travel as if it had been clicked.
 */
export function ConfirmSubmit({ title, consequence, confirmLabel, children, ...button }: ConfirmSubmitProps) {
  const t = useTranslations("common");
  const id = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);

  function ask(event: MouseEvent<HTMLButtonElement>) {
    const box = dialog.current;
    if (!box || typeof box.showModal !== "function" || box.open) return; // no <dialog> support: submit as without JavaScript
    event.preventDefault();
    box.showModal();
    keep.current?.focus(); // the safe choice first, whatever the browser's own dialog focusing does
  }

  function confirm() {
    const submitter = trigger.current;
    dialog.current?.close("confirm");
    submitter?.form?.requestSubmit(submitter);
  }

  return (
    <>
      <Button ref={trigger} type="submit" onClick={ask} {...button}>
        {children}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onClose={() => trigger.current?.focus()}
        className="m-auto w-[calc(100%-2rem)] max-w-120 rounded-12 border border-solid-gray-420 bg-white p-6 text-solid-gray-900 shadow-lg backdrop:bg-black/50"
      >
        <div className="flex flex-col gap-4">
          <h2 id={`${id}-title`} className="text-std-20B-150 wrap-anywhere">
            {title}
          </h2>
          <div id={`${id}-body`} className="text-std-16N-170">
            {consequence}
          </div>
          <div className="flex flex-wrap justify-end gap-3">
            <Button ref={keep} type="button" variant="secondary" onClick={() => dialog.current?.close("cancel")}>
              {t("confirmCancel")}
            </Button>
            <Button type="button" onClick={confirm}>
              {confirmLabel}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
