/**
 * 统一社会信用代码 (GB 32100—2015): 18 characters from a 31-character alphabet; the last is a
 * check character computed from the first 17 with weights 3^i mod 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return `应为18位，实际为${code.length}位`;
  const upper = code.toUpperCase();
  for (const ch of upper) {
    if (!ALPHABET.includes(ch)) return `含有不允许的字符“${ch}”（不使用 I、O、Z、S、V）`;
  }
  const sum = WEIGHTS.reduce((acc, w, i) => acc + ALPHABET.indexOf(upper[i]) * w, 0);
  const expected = ALPHABET[(31 - (sum % 31)) % 31];
  return upper[17] === expected ? null : `校验位应为“${expected}”，实际为“${upper[17]}”`;
}
