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

describe('quotationAround: single marks, as British copy writes them', () => {
  const find = (text: string, word: string) => quotationAround(text, text.indexOf(word), text.indexOf(word) + word.length);

  it('pairs an opening mark at a word\'s start with a closing one after a word', () => {
    const text = "'we sent nobody,' a veltra spokesman said.";
    expect(find(text, 'nobody')).toEqual({ open: 0, close: text.indexOf(",'") + 1 });
    expect(find(text, 'spokesman')).toBeUndefined();
  });

  it('reads no apostrophe as a mark, and none in a sentence with double marks', () => {
    expect(find("veltra's chief said korrin's offer was late.", 'offer')).toBeUndefined();
    expect(find('"veltra\'s team," he said, \'went home\'.', 'went')).toBeUndefined();
  });
});

