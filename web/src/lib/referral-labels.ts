// How the ledger reads in words: a value with its currency, and who did what.
export const formatMoney = (value: number | null, currency: string | null): string => {
  if (value === null) return '';
  if (!currency) return value.toFixed(2);
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
};

export const referralStatusLabels = { open: 'Open', won: 'Won', lost: 'Lost' } as const;
export const referralStatusColors = { open: 'blue', won: 'pine', lost: 'gray' } as const;
