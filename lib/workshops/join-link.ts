import "server-only";
import { headers } from "next/headers";
import QRCode from "qrcode";
import { setting } from "../env";

/**
 * The public origin for the QR code: NEXTAUTH_URL when set (the deployment's real address),
 * else the host the facilitator's browser used, which in a hall is the laptop's LAN address.
 */
export async function publicOrigin(): Promise<string> {
  const configured = setting("NEXTAUTH_URL");
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

/** The short join URL and its QR code as printable SVG (scales to any size without blur). */
export async function joinLink(code: string): Promise<{ url: string; qrSvg: string }> {
  const url = `${await publicOrigin()}/w/${code}`;
  const qrSvg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return { url, qrSvg };
}
