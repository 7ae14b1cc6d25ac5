import "server-only";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

// DejaVu Serif (from the dejavu-fonts-ttf package, read from node_modules at run time) covers every Vietnamese
// letter and reads like the Times New Roman of administrative documents. The plan PDF registers DejaVu Sans in
// lib/server/pdf/plan-pdf.tsx the same way; registrations are process-wide, so each family is registered once.
export const SERIF_FAMILY = "DejaVu Serif";

export function registerSerifFont(): void {
  if (Font.getRegisteredFontFamilies().includes(SERIF_FAMILY)) return;
  const directory = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  Font.register({
    family: SERIF_FAMILY,
    fonts: [
      { src: path.join(directory, "DejaVuSerif.ttf"), fontWeight: "normal", fontStyle: "normal" },
      { src: path.join(directory, "DejaVuSerif-Bold.ttf"), fontWeight: "bold", fontStyle: "normal" },
      { src: path.join(directory, "DejaVuSerif-Italic.ttf"), fontWeight: "normal", fontStyle: "italic" },
      { src: path.join(directory, "DejaVuSerif-BoldItalic.ttf"), fontWeight: "bold", fontStyle: "italic" },
    ],
  });
  // The default hyphenation is English; Vietnamese syllables are never split.
  Font.registerHyphenationCallback((word) => [word]);
}
