/**
 * Exact decimal arithmetic on the amounts the tables keep as strings ("4166.241619" 万元): a sum of
 * a hundred agencies' fees must not pick up binary rounding. Pure: no Strapi imports.
 */

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** Scaled integer and scale of a non-negative decimal string; null when it is not one. */
function scaled(value: string): { units: bigint; scale: number } | null {
  const m = DECIMAL.exec(value);
  if (!m) return null;
  const fraction = m[2] ?? '';
  return { units: BigInt(m[1] + fraction), scale: fraction.length };
}

function format(units: bigint, scale: number): string {
  const digits = units.toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** The exact sum of non-negative decimal strings, trailing zeros dropped; null if any is not a decimal. */
export function sumDecimals(values: readonly string[]): string | null {
  const parts = values.map(scaled);
  if (parts.some((p) => p === null)) return null;
  const scale = Math.max(0, ...parts.map((p) => p!.scale));
  const total = parts.reduce((sum, p) => sum + p!.units * 10n ** BigInt(scale - p!.scale), 0n);
  return format(total, scale);
}

/** An amount in 元 as 万元, exactly (the decimal point moves four places). */
export function yuanToWan(yuan: string): string | null {
  const p = scaled(yuan);
  return p ? format(p.units, p.scale + 4) : null;
}
