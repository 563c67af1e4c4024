import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import russian from '../../public/_locales/ru/messages.json';
import { formatMessage, type LocaleMessages } from '../ui/i18n';
import { cardLabels } from './card-labels';

/** `browser.i18n.getMessage` answering from one locale file. */
const getMessageFrom = (file: LocaleMessages) => (key: string, subs: string[] = []) => formatMessage(file[key], subs);

describe('cardLabels', () => {
  it("falls back to English words that are exactly the English file's (no drift)", () => {
    expect(cardLabels(() => '', 'en')).toEqual(cardLabels(getMessageFrom(english), 'en'));
  });

  it("speaks the messages' language, in the browser's variant of it", () => {
    const labels = cardLabels(getMessageFrom(russian), 'ru-RU');
    expect(labels).toMatchObject({ confirmedBy: 'Подтверждают:', openDetails: 'Сравнить все источники', locale: 'ru-RU' });
    expect(labels.differences.percent).toBe('приводит $1\u00a0%, а издания — $2\u00a0%');
    // A browser in a language the extension lacks gets English words and English dates.
    expect(cardLabels(getMessageFrom(english), 'de-DE').locale).toBe('en');
  });
});
