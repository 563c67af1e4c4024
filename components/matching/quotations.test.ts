import { describe, expect, it } from 'vitest';
import { quotationAround } from './quotations';

describe('quotationAround', () => {
  const text = '"we were there," she said, "and so was korrin."';
  const at = (word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;

  it('finds the quotation that holds a word, by its marks', () => {
    expect(quotationAround(text, ...at('there'))).toEqual({ open: 0, close: text.indexOf('," she') + 1 });
    expect(quotationAround(text, ...at('korrin'))).toEqual({ open: text.indexOf('"and'), close: text.length - 1 });
  });

  it('finds none for a word between quotations, or in one never closed', () => {
    expect(quotationAround(text, ...at('said'))).toBeUndefined();
    expect(quotationAround('he said "we went', 13, 16)).toBeUndefined();
  });
});
