import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/security/body-limit";
import { staticSecurityHeaders } from "./lib/security/headers";

// next-intl without i18n routing: the locale comes from a cookie, read in lib/i18n/request.ts.
// Catalogues are precompiled at build time, so browsers get no ICU message parser (about 13 kB of
// gzip'd JavaScript on every page; see `npm run bench:check`).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: ["ja", "en"], precompile: true } },
});

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Every response, static files included. The Content-Security-Policy needs a nonce per response,
  // so proxy.ts sets it.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders({ production: process.env.NODE_ENV === "production" }) }];
  },
  // Loaded by Node at run time, never bundled: PGlite reads its WASM and data files from its own
  // package directory, and argon2 is a native binary.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "pg-boss", "nodemailer"],
  experimental: {
    // forbidden() / unauthorized() from next/navigation, so a refused page answers 403 / 401.
    authInterrupts: true,
    // Progress-update photos are up to 5 MB (lib/uploads/image.ts) plus the form's other fields;
    // proxy.ts answers 413 past the same limit before Next reads the body.
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
  },
};

export default withNextIntl(nextConfig);
