import QRCode from "qrcode";
import { useEffect, useState } from "react";

/**
 * A QR code for `text` as a data: URL for an <img> (the CSP allows data: images, and nothing
 * inline that runs). Null until drawn, or when drawing failed: the typed code still works then.
 */
export function useQrCode(text: string | null): string | null {
  const [drawn, setDrawn] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    if (!text) return;
    let current = true;
    QRCode.toDataURL(text, { errorCorrectionLevel: "M", margin: 2, width: 320 }).then(
      (url) => current && setDrawn({ text, url }),
      () => current && setDrawn(null),
    );
    return () => {
      current = false;
    };
  }, [text]);
  return drawn && drawn.text === text ? drawn.url : null;
}
