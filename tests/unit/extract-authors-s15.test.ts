// Session 15 rules on who took a measure named in another sentence: each on sentences written for it, in both
// languages where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a definite noun for a measure says where it came from, or a body is behind it', () => {
  it('en: "The order came from X" after the measure', () => {
    const rels = relations('Britain has banned TikTok on government phones. The order came from the Cabinet Office, officials said.');
    expect(rels).toContain('Cabinet Office -TARGETS-> TikTok');
  });
  it('da: "Påbuddet kommer fra X" after the measure', () => {
    const rels = relations('Storbritannien har forbudt TikTok på statens telefoner. Påbuddet kommer fra Cabinet Office.');
    expect(rels).toContain('Cabinet Office -TARGETS-> TikTok');
  });
  it('da: a cleft, "Det er X, der står bag forbuddet"', () => {
    const rels = relations('Danmark har forbudt TikTok på ministeriernes telefoner. Det er Forsvarsministeriet, der står bag forbuddet.');
    expect(rels).toContain('Danish Ministry of Defence -TARGETS-> TikTok');
  });
  it('en: "X is behind the ban"', () => {
    const rels = relations('Denmark has banned TikTok on the phones of officials. The Danish Ministry of Defence is behind the ban.');
    expect(rels).toContain('Danish Ministry of Defence -TARGETS-> TikTok');
  });
  it('must not fire: where a firm or a thing comes from is no measure', () => {
    expect(relations('Denmark has banned TikTok on government phones. The app comes from ByteDance, which is based in Beijing.').some((r) => /-TARGETS-> ByteDance/.test(r) && !/^Denmark/.test(r))).toBe(false);
    expect(relations('Danmark har forbudt TikTok på statens telefoner. Kritikken kommer fra Kina.')).not.toContain('China -TARGETS-> TikTok');
  });
  it('must not fire: a state behind a campaign of attacks took no part in the measure against them', () => {
    expect(relations('The US Treasury sanctioned Integrity Technology Group on Friday. Officials said China is behind the campaign.')).not.toContain('China -TARGETS-> Integrity Technology Group');
    expect(relations('USA har indført sanktioner mod Integrity Technology Group. Ifølge USA er det Kina, der står bag kampagnen.')).not.toContain('China -TARGETS-> Integrity Technology Group');
  });
});
