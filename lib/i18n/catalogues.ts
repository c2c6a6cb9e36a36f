// The message catalogues. The shell's messages live in `messages/<locale>.json`; each feature keeps
// its own namespaces in `messages/<feature>.<locale>.json`, so features never edit one shared file.
// Imports are static so the bundler knows every file; only the requested locale is loaded.
import type { Locale } from "./config";

type Catalogue = Record<string, unknown>;
type Loader = () => Promise<{ default: Catalogue }>;

const LOADERS = {
  ja: [
    () => import("./messages/ja.json"),
    () => import("./messages/auth.ja.json"),
    () => import("./messages/projects.ja.json"),
    () => import("./messages/kpi.ja.json"),
    () => import("./messages/dashboard.ja.json"),
    () => import("./messages/workshops.ja.json"),
    () => import("./messages/netsugen.ja.json"),
    () => import("./messages/start.ja.json"),
    () => import("./messages/mail.ja.json"),
    () => import("./messages/legal.ja.json"),
    () => import("./messages/feedback.ja.json"),
    () => import("./messages/account.ja.json"),
    () => import("./messages/supporters.ja.json"),
  ],
  en: [
    () => import("./messages/en.json"),
    () => import("./messages/auth.en.json"),
    () => import("./messages/projects.en.json"),
    () => import("./messages/kpi.en.json"),
    () => import("./messages/dashboard.en.json"),
    () => import("./messages/workshops.en.json"),
    () => import("./messages/netsugen.en.json"),
    () => import("./messages/start.en.json"),
    () => import("./messages/mail.en.json"),
    () => import("./messages/legal.en.json"),
    () => import("./messages/feedback.en.json"),
    () => import("./messages/account.en.json"),
    () => import("./messages/supporters.en.json"),
  ],
} satisfies Record<Locale, Loader[]>;

async function load(loaders: readonly Loader[]): Promise<Catalogue> {
  const parts = await Promise.all(loaders.map((loadPart) => loadPart()));
  return Object.assign({}, ...parts.map((part) => part.default)) as Catalogue;
}

export const catalogues: Record<Locale, () => Promise<Catalogue>> = {
  ja: () => load(LOADERS.ja),
  en: () => load(LOADERS.en),
};
