import { inflateSync } from "node:zlib";

/**
 * Reads back what pdfkit wrote, for tests: each page's text lines and its images, from the PDF
 * itself. Only the subset of PDF that pdfkit produces is understood:
 * - objects as `N 0 obj … endobj`, streams of `/Length` bytes, FlateDecode or plain
 *   (node_modules/pdfkit/js/pdfkit.js:264-271 deflates a stream when `compress` is on);
 * - embedded fonts as Type0/Identity-H: text is `[<hex glyph ids> kern …] TJ`, each glyph id four
 *   hex digits, one TJ per laid-out line (pdfkit.js:4467 `_fragment`, its TJ at 4617-4636; spaces
 *   are glyphs too unless the text is justified), mapped to Unicode through the font's ToUnicode
 *   CMap of `<start> <end> [<utf16> …]` ranges (pdfkit.js:3579-3625);
 * - a PNG with an alpha channel as an image XObject of raw 8-bit RGB, deflated, with its alpha
 *   in a separate SMask (pdfkit.js:4851-4873 `splitAlphaChannel`);
 * - a QR code drawn as vector squares: `x y w h re` per run of dark modules (pdfkit.js:2890-2892),
 *   filled with `f` (pdfkit.js:3006-3015), coordinates as given to pdfkit (top-left origin). A
 *   filled path of at least 20 rectangles whose heights are equal is taken to be a QR code and
 *   rasterised (4 pixels a module, a 4-module quiet zone) as if it were an image.
 */

interface PdfObject {
  readonly dict: string;
  readonly stream: Buffer | undefined;
}

export interface PdfImage {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes a pixel (what jsQR reads). */
  readonly rgba: Uint8ClampedArray;
}

export interface PdfPage {
  /** Text as laid out, one entry per line drawn. */
  readonly lines: readonly string[];
  /** Raster images and vector QR codes, rasterised, in drawing order. */
  readonly images: readonly PdfImage[];
}

export function readPdf(pdf: Buffer): PdfPage[] {
  const objects = parseObjects(pdf);
  const get = (id: number): PdfObject => {
    const found = objects.get(id);
    if (!found) throw new Error(`PDF object ${id} is missing`);
    return found;
  };
  const catalog = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict));
  if (!catalog) throw new Error("no page tree");
  const kids = refs(/\/Kids \[([^\]]*)\]/.exec(catalog.dict)?.[1] ?? "");
  return kids.map((pageId) => {
    const page = get(pageId).dict;
    const contents = get(ref(page, "Contents")).stream;
    const resourcesRef = /\/Resources (\d+) 0 R/.exec(page)?.[1];
    const resources = resourcesRef ? get(Number(resourcesRef)).dict : page;
    const fonts = new Map<string, Map<number, string>>();
    for (const [name, id] of namedRefs(section(resources, "Font"))) fonts.set(name, toUnicode(get(ref(get(id).dict, "ToUnicode")).stream));
    const xobjects = new Map(namedRefs(section(resources, "XObject")));
    return readContent(contents?.toString("latin1") ?? "", fonts, (name) => {
      const id = xobjects.get(name);
      return id === undefined ? undefined : image(get(id));
    });
  });
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\n/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endobj", start);
    const body = text.slice(start, end);
    const streamAt = body.indexOf("stream\n");
    if (streamAt === -1) {
      objects.set(Number(match[1]), { dict: body, stream: undefined });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const from = start + streamAt + "stream\n".length;
    const raw = pdf.subarray(from, from + length);
    objects.set(Number(match[1]), { dict, stream: /\/Filter \/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
    header.lastIndex = from + length;
  }
  return objects;
}

const refs = (list: string): number[] => [...list.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

function ref(dict: string, key: string): number {
  const found = new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1];
  if (found === undefined) throw new Error(`no /${key} in ${dict.slice(0, 200)}`);
  return Number(found);
}

/** The `<< … >>` after `/Key` (not nested further in pdfkit's resource dictionaries). */
function section(dict: string, key: string): string {
  return new RegExp(`/${key} <<([^>]*)>>`).exec(dict)?.[1] ?? "";
}

const namedRefs = (body: string): [string, number][] => [...body.matchAll(/\/(\w+) (\d+) 0 R/g)].map((m) => [m[1] ?? "", Number(m[2])]);

function toUnicode(cmap: Buffer | undefined): Map<number, string> {
  const map = new Map<number, string>();
  const text = cmap?.toString("latin1") ?? "";
  for (const range of text.matchAll(/<([0-9a-fA-F]+)> <([0-9a-fA-F]+)> \[([^\]]*)\]/g)) {
    let code = parseInt(range[1] ?? "0", 16);
    for (const entry of (range[3] ?? "").matchAll(/<([0-9a-fA-F ]+)>/g)) {
      const units = (entry[1] ?? "").trim().split(/\s+/).map((u) => parseInt(u, 16));
      map.set(code++, String.fromCharCode(...units));
    }
  }
  return map;
}

function readContent(content: string, fonts: Map<string, Map<number, string>>, xobject: (name: string) => PdfImage | undefined): PdfPage {
  const lines: string[] = [];
  const images: PdfImage[] = [];
  let font: Map<number, string> | undefined;
  let path: number[][] = [];
  const ops = /\/(\w+) [\d.]+ Tf|\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\] TJ|<([0-9a-fA-F]*)> Tj|\/(\w+) Do|(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re|(?<=\s|^)(f\*?|S|s|n|B\*?|b\*?)(?=\s|$)/g;
  const decode = (hex: string): string => {
    let out = "";
    for (let i = 0; i + 4 <= hex.length; i += 4) out += font?.get(parseInt(hex.slice(i, i + 4), 16)) ?? "\uFFFD";
    return out;
  };
  for (const op of content.matchAll(ops)) {
    if (op[1] !== undefined) font = fonts.get(op[1]);
    else if (op[2] !== undefined) lines.push([...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => decode(m[1] ?? "")).join(""));
    else if (op[3] !== undefined) lines.push(decode(op[3]));
    else if (op[4] !== undefined) {
      const found = xobject(op[4]);
      if (found) images.push(found);
    } else if (op[5] !== undefined) path.push([op[5], op[6], op[7], op[8]].map(Number));
    else if (op[9] !== undefined) {
      if (op[9].startsWith("f") && path.length >= 20) images.push(rasterise(path));
      path = [];
    }
  }
  return { lines, images };
}

/** Rectangles of whole modules (runs along a row) back into the symbol, drawn black on white. */
function rasterise(rects: readonly number[][]): PdfImage {
  const module = Math.min(...rects.map((r) => r[3] ?? Infinity));
  const left = Math.min(...rects.map((r) => r[0] ?? Infinity));
  const top = Math.min(...rects.map((r) => r[1] ?? Infinity));
  const modules = Math.round((Math.max(...rects.map((r) => (r[0] ?? 0) + (r[2] ?? 0))) - left) / module);
  const scale = 4;
  const quiet = 4;
  const side = (modules + 2 * quiet) * scale;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [x = 0, y = 0, w = 0] of rects) {
    const row = Math.round((y - top) / module);
    const from = Math.round((x - left) / module);
    const to = Math.round((x + w - left) / module);
    for (let col = from; col < to; col++) {
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const p = ((row + quiet) * scale + dy) * side + (col + quiet) * scale + dx;
          rgba.fill(0, p * 4, p * 4 + 3);
        }
      }
    }
  }
  return { width: side, height: side, rgba };
}

function image(object: PdfObject): PdfImage | undefined {
  const { dict, stream } = object;
  if (!/\/Subtype \/Image/.test(dict) || !stream) return undefined;
  const width = Number(/\/Width (\d+)/.exec(dict)?.[1]);
  const height = Number(/\/Height (\d+)/.exec(dict)?.[1]);
  if (!/\/ColorSpace \/DeviceRGB/.test(dict) || /\/DecodeParms/.test(dict) || stream.length !== width * height * 3) {
    throw new Error(`an image pdfkit did not write as raw RGB: ${dict.slice(0, 200)}`);
  }
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    rgba[p * 4] = stream[p * 3] ?? 0;
    rgba[p * 4 + 1] = stream[p * 3 + 1] ?? 0;
    rgba[p * 4 + 2] = stream[p * 3 + 2] ?? 0;
    rgba[p * 4 + 3] = 255;
  }
  return { width, height, rgba };
}
