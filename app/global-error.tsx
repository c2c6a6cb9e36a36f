"use client";

import { useEffect } from "react";
import { useServiceStatus } from "@/components/layout/use-service-status";
import messages from "@/lib/i18n/messages/global-error.json";
import "./globals.css";

// Shown only when the root layout itself fails, so it cannot rely on the layout's locale or on
// NextIntlClientProvider. Its words come from a small catalogue of their own, in both languages
// (Japanese first): this component ships with every page, and the full catalogues must not.
const languages = [
  { lang: "ja", text: messages.ja },
  { lang: "en", text: messages.en },
] as const;

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  // A database outage fails the root layout for signed-in people: then say "maintenance".
  const maintenance = useServiceStatus() === "maintenance";
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="ja">
      <body className="bg-white font-sans text-solid-gray-900">
        <title>{`${maintenance ? messages.ja.maintenanceTitle : messages.ja.title} | ${messages.ja.siteName}`}</title>
        <main className="mx-auto flex max-w-180 flex-col gap-10 px-4 py-12">
          <p className="text-std-17B-170">{messages.ja.siteName}</p>
          {languages.map(({ lang, text }, index) => (
            <section key={lang} lang={lang} className="flex flex-col gap-4">
              {index === 0 ? (
                <h1 className="text-std-28B-150">{maintenance ? text.maintenanceTitle : text.title}</h1>
              ) : (
                <h2 className="text-std-24B-150">{maintenance ? text.maintenanceTitle : text.title}</h2>
              )}
              <p className="text-std-17N-170" role={maintenance && index === 0 ? "status" : undefined}>
                {maintenance ? text.maintenanceBody : text.body}
              </p>
              <div className="flex flex-wrap items-center gap-4">
                <button
                  type="button"
                  onClick={() => retry()}
                  className="min-h-12 rounded-8 border-4 border-double border-transparent bg-blue-900 px-4 text-dns-16B-130 text-white hover:bg-blue-1000 hover:underline"
                >
                  {text.retry}
                </button>
                {/* A full page load on purpose: the client router may be what failed. */}
                {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
                <a href="/" className="inline-flex min-h-12 items-center text-blue-1000 underline underline-offset-3">
                  {text.home}
                </a>
              </div>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
