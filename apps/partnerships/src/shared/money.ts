/*
 * How partnerships keeps money out of the Beursvloer. Only structured fields are judged: a
 * category or kind that names money, and a quantity whose unit is a currency. Free text (title,
 * description) is not scanned: "geen geld nodig" and "eurobak" would fool any word list, so the
 * organiser's review at the Beursvloer stays the check there (docs/partnerships.md, No money).
 */

/** Category or kind values that ask for money; refused with a 422 money-not-allowed, not a 400. */
export const MONEY_CATEGORIES = ['money', 'geld', 'donation', 'donatie', 'sponsoring', 'financiering', 'funding'] as const;

const CURRENCY_UNIT = /^(?:€|eur|euro|euros|eurocent|cent|centen|gulden|guldens|geld|money|cash|contant|contanten|usd|\$|dollar|dollars)$/i;

export interface MoneyCheckInput {
  category?: string;
  kind?: string;
  unit?: string;
}

/** The fields that ask for or offer money; empty when none does. */
export function moneyFieldsOf(input: MoneyCheckInput): string[] {
  const fields: string[] = [];
  const isMoneyWord = (value: string | undefined) =>
    value !== undefined && (MONEY_CATEGORIES as readonly string[]).includes(value.trim().toLowerCase());
  if (isMoneyWord(input.category)) fields.push('category');
  if (isMoneyWord(input.kind)) fields.push('kind');
  if (input.unit !== undefined && CURRENCY_UNIT.test(input.unit.trim())) fields.push('unit');
  return fields;
}
