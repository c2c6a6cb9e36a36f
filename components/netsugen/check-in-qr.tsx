import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { AutoRefresh } from "./auto-refresh";

/** The member's rotating check-in code, as a QR code and as text to read out. */
export async function CheckInQr({ code }: { code: string }) {
  const t = await getTranslations("netsugen.member");
  const svg = await QRCode.toString(code, { type: "svg", errorCorrectionLevel: "M", margin: 2, width: 200 });
  return (
    <section aria-labelledby="netsugen-qr" className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 bg-white p-6">
      <h2 id="netsugen-qr" className="text-std-20B-150">
        {t("qrTitle")}
      </h2>
      <p className="text-std-16N-170">{t("qrHint")}</p>
      {/* The SVG is generated on the server from our own code string, never from user input. */}
      <div role="img" aria-label={t("qrTitle")} className="size-50" dangerouslySetInnerHTML={{ __html: svg }} />
      <p className="text-std-16N-170">
        {t("codeLabel")} <strong className="font-mono text-std-20B-150 tracking-wider">{code}</strong>
      </p>
      {/* Codes rotate every two minutes; refreshing every minute keeps the one shown valid. */}
      <AutoRefresh seconds={60} />
    </section>
  );
}
