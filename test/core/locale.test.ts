import * as assert from 'node:assert/strict';
import { interfaceLanguageOf, messagesLocale } from '../../src/core/locale';

describe('interface language from a locale', () => {
  it('is Italian for Italian locales in VS Code and POSIX spellings, English otherwise', () => {
    for (const locale of ['it', 'IT', 'it-IT', 'it-CH', 'it_IT.UTF-8', 'it_IT@euro', 'it.UTF-8']) assert.equal(interfaceLanguageOf(locale), 'it', locale);
    for (const locale of [undefined, '', 'C', 'POSIX', 'C.UTF-8', 'en', 'en-GB', 'en_US.UTF-8', 'de_DE', 'ita', 'fr-IT']) assert.equal(interfaceLanguageOf(locale), 'en', String(locale));
  });

  it('reads LC_ALL, then LC_MESSAGES, then LANG, skipping empty ones', () => {
    assert.equal(messagesLocale({ LC_ALL: 'de_DE', LC_MESSAGES: 'it_IT', LANG: 'en_US' }), 'de_DE');
    assert.equal(messagesLocale({ LC_ALL: '', LC_MESSAGES: 'it_IT', LANG: 'en_US' }), 'it_IT');
    assert.equal(messagesLocale({ LANG: 'it_IT.UTF-8' }), 'it_IT.UTF-8');
    assert.equal(messagesLocale({}), undefined);
  });
});
