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

// Tinos is metric-compatible with Times New Roman, the font Decree 30/2020/NĐ-CP prescribes for official
// documents, and covers every Vietnamese letter. @expo-google-fonts/tinos ships Google Fonts' complete TTF files
// (one file per style, all scripts); packages that cut the font into Unicode subsets make the renderer switch
// fonts inside a syllable ("Vi|ệt") and break lines there with a hyphen.
export const TIMES_FAMILY = "Tinos";

export function registerTimesFont(): void {
  if (Font.getRegisteredFontFamilies().includes(TIMES_FAMILY)) return;
  const directory = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "tinos");
  Font.register({
    family: TIMES_FAMILY,
    fonts: [
      { src: path.join(directory, "400Regular", "Tinos_400Regular.ttf"), fontWeight: "normal", fontStyle: "normal" },
      { src: path.join(directory, "700Bold", "Tinos_700Bold.ttf"), fontWeight: "bold", fontStyle: "normal" },
      { src: path.join(directory, "400Regular_Italic", "Tinos_400Regular_Italic.ttf"), fontWeight: "normal", fontStyle: "italic" },
      { src: path.join(directory, "700Bold_Italic", "Tinos_700Bold_Italic.ttf"), fontWeight: "bold", fontStyle: "italic" },
    ],
  });
  // The default hyphenation is English; Vietnamese syllables are never split.
  Font.registerHyphenationCallback((word) => [word]);
}
