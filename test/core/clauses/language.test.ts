import * as assert from 'node:assert/strict';
import { detectLanguage } from '../../../src/core/language';

describe('detectLanguage', () => {
  it('recognises English and Italian contract prose', () => {
    assert.equal(detectLanguage('Either party may terminate this Agreement at any time by giving thirty days written notice to the other party.'), 'en');
    assert.equal(detectLanguage('Ciascuna parte può recedere dal presente contratto in qualsiasi momento con un preavviso scritto di trenta giorni.'), 'it');
  });

  it('tells short Italian fragments from short English ones', () => {
    assert.equal(detectLanguage('in qualsiasi momento'), 'it');
    assert.equal(detectLanguage('senza preavviso'), 'it');
    assert.equal(detectLanguage('at any time'), 'en');
    assert.equal(detectLanguage('Termination fee'), 'en');
  });

  it('calls French, Spanish and German "other"', () => {
    assert.equal(detectLanguage("Chacune des parties peut résilier le présent contrat à tout moment moyennant un préavis écrit de trente jours adressé à l'autre partie."), 'other');
    assert.equal(detectLanguage('Cualquiera de las partes podrá resolver el presente contrato en cualquier momento mediante un preaviso por escrito de treinta días.'), 'other');
    assert.equal(detectLanguage('Jede Partei kann diesen Vertrag jederzeit mit einer Frist von dreißig Tagen schriftlich gegenüber der anderen Partei kündigen.'), 'other');
  });

  it('counts Greek and Cyrillic words as words of another language', () => {
    assert.equal(detectLanguage('Κάθε μέρος μπορεί να καταγγείλει την παρούσα σύμβαση οποτεδήποτε με γραπτή ειδοποίηση τριάντα ημερών.'), 'other');
    assert.equal(detectLanguage('Каждая сторона может расторгнуть настоящий договор в любое время, письменно уведомив другую сторону за тридцать дней.'), 'other');
  });

  it('reads accented Italian letters as part of their words', () => {
    assert.equal(detectLanguage('Perché la città è più bella, il contratto della società è valido.'), 'it');
  });
});
