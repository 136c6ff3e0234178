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

  it('reads a quote of labels, tables and placeholders by its few function words, not by how few they are', () => {
    const quote = [
      '# PREVENTIVO - MENÙ DIGITALE',
      '**Data:** 17 Novembre 2025  **Cliente:** Trattoria  **Indirizzo:** Via Roma, 3',
      '| Voce | Importo |',
      '|---|---|',
      '| Sviluppo menù digitale | 1.200 € |',
      '| Hosting Netlify, SSL, CMS, Repository GitHub | incluso |',
      '- Birre artigianali, vini rossi, bianchi fermi, bevande',
      '- Immagine grande, logo piccolo, descrizione breve',
      'Il pagamento del saldo avviene alla consegna del progetto.',
    ].join('\n');
    assert.equal(detectLanguage(quote), 'it');
    assert.equal(detectLanguage('# Statement of Work\n**Client:** [Client Name]\n**Project:** [Project Name]\n**Start Date:** [Date]\n**Budget:** [Amount]\n| Milestone | Date | Fee |\n|---|---|---|\n| Design | [Date] | [Amount] |\nThe Client will pay the fee within 14 days.'), 'en');
  });

  it('reads an Italian sentence in capitals with hardly any function word as Italian', () => {
    assert.equal(detectLanguage('UTILIZZANDO I SERVIZI EA, SI ACCETTANO I PRESENTI TERMINI'), 'it');
  });

  it('takes one word that French, Spanish or German share with English or Italian for no sign of another language', () => {
    assert.equal(detectLanguage('Pagamento su fattura'), 'it');
    assert.equal(detectLanguage('Die Cut Specifications'), 'en');
    assert.equal(detectLanguage('Van rental'), 'en');
    assert.equal(detectLanguage('Acceptance Milestone Invoice Schedule'), 'en');
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
