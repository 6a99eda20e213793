import { fold } from "../input/normalize.ts";
import type { UnitKind } from "../org.ts";

/**
 * What an office writes in a spreadsheet's "Loại" column, folded (no diacritics, lower case,
 * words only): the level's own name ("chi bộ cơ sở", "huyện ủy"), the bot's labels in both
 * languages (locales' `kind-*`, so an exported sheet reads back), and the codes themselves.
 */
const NAMES: Readonly<Record<UnitKind, readonly string[]>> = {
  province: ["province", "tinh uy", "dang bo tinh", "dang uy tinh", "cap tinh", "tinh"],
  committee: [
    "committee",
    "dang uy cap tren co so",
    "cap tren co so",
    "dang uy",
    "huyen uy",
    "quan uy",
    "thi uy",
    "thanh uy",
    "dang bo huyen",
    "dang bo quan",
    "dang bo thi xa",
    "dang bo thanh pho",
    "dang uy xa",
    "dang uy phuong",
    "dang uy dac khu",
    "dang bo xa",
    "dang bo phuong",
    "dang uy khoi",
    "dang bo khoi",
    "cap huyen",
    "cap xa",
  ],
  grassroots_committee: ["grassroots committee", "grassroots", "dang bo co so", "dang uy co so", "dbcs"],
  cell: ["cell", "party cell", "chi bo", "chi bo co so", "chi bo truc thuoc", "chi bo truc thuoc dang uy co so", "chi bo truc thuoc dang bo co so", "cbcs"],
};

const words = (text: string): string =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const BY_NAME = new Map<string, UnitKind>(
  (Object.entries(NAMES) as [UnitKind, readonly string[]][]).flatMap(([kind, names]) => [[words(kind), kind] as const, ...names.map((n) => [n, kind] as const)]),
);

/** The kind a spreadsheet's "Loại" cell names ("Chi bộ", "ĐẢNG BỘ CƠ SỞ", "huyen uy", "cell"), or undefined. */
export function parseUnitKind(text: string): UnitKind | undefined {
  return BY_NAME.get(words(text));
}
