// Session 12 TARGETS rules: each on sentences written for it, in both languages where it applies,
// with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a programme only in focus from earlier sentences takes a measure that adds names only where it is aimed at them', () => {
  it('en: not carried back when the new names are apps the programme is not aimed at', () => {
    const rels = relations('The Digital Services Act took effect in 2024. Italy banned ChatGPT in January. Italy also blocked two other apps, WhatsApp and Instagram.');
    expect(rels).toContain('Italy -TARGETS-> ChatGPT');
    expect(rels).toContain('Italy -TARGETS-> Instagram');
    expect(rels).not.toContain('Digital Services Act -TARGETS-> ChatGPT');
  });
  it('da: not carried back when the new names are apps the programme is not aimed at', () => {
    const rels = relations('Digital Services Act trådte i kraft i 2024. Italien forbød ChatGPT i januar. Italien blokerede også to andre apps, WhatsApp og Instagram.');
    expect(rels).toContain('Italy -TARGETS-> ChatGPT');
    expect(rels).not.toContain('Digital Services Act -TARGETS-> ChatGPT');
  });
  it('still carried back when the programme is aimed at a firm the sentence adds', () => {
    const en = relations('The Digital Services Act took effect in 2024. Italy banned ChatGPT in January. Italy also blocked two other apps, WhatsApp and Telegram.');
    expect(en).toContain('Digital Services Act -TARGETS-> Telegram');
    expect(en).toContain('Digital Services Act -TARGETS-> ChatGPT');
    const da = relations('Digital Services Act trådte i kraft i 2024. Italien forbød ChatGPT i januar. Italien blokerede også to andre apps, WhatsApp og Telegram.');
    expect(da).toContain('Digital Services Act -TARGETS-> ChatGPT');
  });
});
