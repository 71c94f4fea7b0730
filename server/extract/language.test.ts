import { describe, expect, it } from 'vitest';
import { assertEnglish, englishShare, isUnsupportedText, UnsupportedTextError } from './language.ts';
import { run } from './test-helpers.ts';

const english = 'Foreign Minister Yevgeny Primakov said on Monday that he hoped to complete a draft agreement on future partnership between NATO and Russia in talks with the alliance secretary general, and that the possibility of signing the document would be cleared up by the end of the week in Luxembourg.';
const russian = 'Министр иностранных дел Евгений Примаков заявил в понедельник, что надеется завершить проект соглашения о будущем партнерстве между НАТО и Россией в ходе переговоров с генеральным секретарем альянса, и что возможность подписания документа прояснится к концу недели в Люксембурге на встрече министров.';
const german = 'Der Außenminister sagte am Montag, dass er hoffe, einen Entwurf für ein Abkommen über die künftige Partnerschaft zwischen der NATO und Russland bei den Gesprächen mit dem Generalsekretär des Bündnisses abzuschließen, und dass die Möglichkeit der Unterzeichnung des Dokuments bis zum Ende der Woche in Luxemburg geklärt werde.';

describe('language check', () => {
  it('lets English news through', () => {
    expect(englishShare(english)).toBeGreaterThan(0.2);
    expect(() => assertEnglish(english)).not.toThrow();
  });

  it('refuses other languages with a clear message', () => {
    expect(() => assertEnglish(russian)).toThrow(/does not look like English/);
    expect(() => assertEnglish(german)).toThrow(/does not look like English/);
    expect(() => run(german)).toThrow(/English/);
  });
});

describe('the refusal', () => {
  it('is an UnsupportedTextError, known as one after structured cloning (a worker thread)', () => {
    let refusal: unknown;
    try {
      assertEnglish('!!!');
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(UnsupportedTextError);
    expect(isUnsupportedText(refusal)).toBe(true);
    const cloned: unknown = structuredClone(refusal);
    expect(cloned).not.toBeInstanceOf(UnsupportedTextError);
    expect(isUnsupportedText(cloned)).toBe(true);
    expect(isUnsupportedText(new Error('no words in the text'))).toBe(false);
  });
});
