// Entity rules of round eleven (b): shapes of names that broke on unseen text, on sentences
// written for these tests.
import { entities } from '../fixtures/extract/helpers';

describe("a firm's registered name with its legal form", () => {
  it.each([
    ['Regulators fined Talvenor Mining (Hong Kong) Co. Ltd. for the breach.', 'Company:Talvenor Mining (Hong Kong) Co. Ltd'],
    ['The licence of Quarrin Networks (USA) LLC was revoked on Friday.', 'Company:Quarrin Networks (USA) LLC'],
    ['Selskabet Brevik Data (Sverige) AB blev købt af en kinesisk fond.', 'Company:Brevik Data (Sverige) AB'],
  ])('keeps a place in brackets inside the name: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['The deal gives Orvane Peru Inc. two new mines.', 'Company:Orvane Peru Inc'],
    ['Kontrakten gik til Halvstrup Norge ApS i sidste uge.', 'Company:Halvstrup Norge ApS'],
  ])('keeps a state named inside the name: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.filter((e) => e.startsWith('Government:'))).toEqual([]);
  });

  it('takes a second legal form after a stop and a comma', () => {
    expect(entities('Vessmark Pte. Ltd. and Kolbrand Co., Ltd. signed the contract.')).toEqual(
      expect.arrayContaining(['Company:Vessmark Pte. Ltd', 'Company:Kolbrand Co., Ltd']));
  });

  it.each([
    ['Chinese Talvenor Ltd was fined by the regulator in Peru.', 'Government:China'],
    ['The regulator in Peru (the country) fined Talvenor.', 'Government:Peru'],
    ['Toldmyndigheden i Norge (landets største) fandt fejl hos Halvstrup.', 'Government:Norway'],
  ])('does not take a state outside a firm\'s name: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });
});

describe('a body named by two fields joined by "and"', () => {
  it.each([
    ['The Fisheries and Oceans Commission of the territory opened an inquiry.', 'Agency:Fisheries and Oceans Commission'],
    ['A spokesman for the Energy and Water Authority said the tender was open.', 'Agency:Energy and Water Authority'],
    ['The Bulgarian Ministry of Energy and Mines approved the sale on Monday.', 'Agency:Ministry of Energy and Mines'],
  ])('is one name: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['The order covers TeraChat and ZPS Office as well as two games.', 'Agency:TeraChat and ZPS Office'],
    ['Huawei and Nokia Networks both bid for the contract.', 'Company:Huawei and Nokia Networks'],
    ['Styrelsen mødtes med Vestas og Ørsted Kommission i går.', 'Agency:Vestas og Ørsted Kommission'],
  ])('does not join products, firms or a Danish list: %s', (text, wrong) => {
    expect(entities(text)).not.toContain(wrong);
  });
});

describe("an office holder's genitive inside a body's name", () => {
  it.each([
    ["The Attorney General's Office opened an inquiry into the app.", "Agency:Attorney General's Office"],
    ["A spokesman for the Prime Minister's Department declined to comment.", "Agency:Prime Minister's Department"],
    ["Governor's Office officials said the ban would start in May.", "Agency:Governor's Office"],
  ])('is one name: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ["Talvenor's Office in Lyon was closed last year.", "Agency:Talvenor's Office"],
    ["Statsministerens kontor afviste at kommentere sagen.", "Agency:Statsministerens kontor"],
  ])('not a firm\'s genitive, nor a Danish one in lower case: %s', (text, wrong) => {
    expect(entities(text)).not.toContain(wrong);
  });
});

describe('a product with a bare model number and a model word', () => {
  it.each([
    ['The shop sold out of the Velora 7 Pro within a day.', 'Product:Velora 7 Pro'],
    ['Kunderne ventede i kø for at købe Velora 12 Ultra i weekenden.', 'Product:Velora 12 Ultra'],
  ])('is one name: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['The firm hired 40 Pro Bono lawyers.', 'Product:40 Pro Bono'],
    ['Mødet i Velora 7 sluttede kl. 12.', 'Product:Velora 7'],
  ])('not a number without a model word after it: %s', (text, wrong) => {
    expect(entities(text)).not.toContain(wrong);
  });
});

describe("a firm's name of a city and one word", () => {
  it.each([
    ['The contract went to the state-owned firm Tianjin Zoltex, which makes cables.', 'Company:Tianjin Zoltex'],
    ['Kontrakten gik til selskabet Shenzhen Varolo, der laver kabler.', 'Company:Shenzhen Varolo'],
  ])('is one name, not the city: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found).not.toContain('Location:' + expected.split(':')[1].split(' ')[0]);
  });

  it.each([
    ['Factories in Tianjin Friday were closed by the storm.', 'Location:Tianjin'],
    ['Fabrikker i Shenzhen Mandag blev lukket.', 'Location:Shenzhen'],
  ])('not a city and a day: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });
});

describe('gazetteer: a platform apart from its parent, a European court', () => {
  it.each([
    ['Shoppers in China still prefer Pinduoduo for groceries.', 'Product:Pinduoduo'],
    ['Handelsplatformen Pinduoduo har over 800 millioner brugere.', 'Product:Pinduoduo'],
  ])('names the platform, not its parent: %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found).not.toContain('Company:PDD Holdings');
  });

  it.each([
    ['The European Court of Human Rights ruled that the ban broke the convention.', 'Organization:European Court of Human Rights'],
    ['Sagen endte ved Den Europæiske Menneskerettighedsdomstol, som gav klagerne ret.', 'Organization:European Court of Human Rights'],
  ])('knows the Strasbourg court: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('does not take the Court of Justice of the EU for it', () => {
    expect(entities('EU-Domstolen afviste klagen fra selskabet.')).not.toContain('Organization:European Court of Human Rights');
  });
});

describe('a firm\'s registered name with "and" before its legal form', () => {
  it.each([
    ['Orvane Science and Technology Co. won the tender for the radar.', 'Company:Orvane Science and Technology Co'],
    ['Udbuddet gik til Orvane Science and Technology Co. i sidste måned.', 'Company:Orvane Science and Technology Co'],
  ])('is one name: %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['Talvenor Limited and Brevik Limited, both registered in Malta, were listed.', 'Company:Talvenor Limited and Brevik Limited'],
    ['Huawei and Orvane Holdings Inc were named in the suit.', 'Company:Huawei and Orvane Holdings Inc'],
    ['Talvenor Limited og Brevik Limited blev begge sat på listen.', 'Company:Talvenor Limited og Brevik Limited'],
  ])('not two firms in a list: %s', (text, wrong) => {
    expect(entities(text)).not.toContain(wrong);
  });
});
