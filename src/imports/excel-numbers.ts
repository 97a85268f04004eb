// Excel turns a long run of digits into a number and, saved as CSV, writes it in scientific notation:
// "+49 170 1234567" typed without the plus becomes "4,91701E+11" (German) or "4.91701E+11". The digits
// past the sixth are gone, so no phone number can be read back from it.

/** A cell Excel wrote as a number in scientific notation, with a decimal comma or point. */
export const isExcelScientific = (cell: string): boolean => /^\d+(?:[.,]\d+)?E\+\d+$/i.test(cell.trim());
