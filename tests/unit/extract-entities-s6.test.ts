// Entity rules of round six: general shapes of names (model designations, apostrophes inside a
// name, laws, party labels, …), on sentences written for these tests.
import { entities } from '../fixtures/extract/helpers';

describe('model designations', () => {
  it.each([
    ['The firm may no longer sell the A100 and H100 to China, and its rival stopped its MI250 chip.', ['Product:A100', 'Product:H100', 'Product:MI250']],
    ['Den nye telefon, Norfone 7X 5G fra Norfone, blev testet, og Huaweis P40 5G fik kritik.', ['Product:P40 5G']],
    ['Testen omfattede OnePlus 8T 5G og Xiaomi Mi 10T 5G.', ['Product:OnePlus 8T 5G', 'Product:Mi 10T 5G']],
  ])('names a product by its model code: %s', (text, expected) => {
    expect(entities(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Leaders of the G20 met in Rome on Monday.', 'G20'],
    ['Huawei 5G equipment is banned from the core network.', 'Huawei 5G'],
    ['Operatøren må ikke bruge Huawei 5G-udstyr i kernenettet.', 'Huawei 5G'],
  ])('does not make a product of a group of states or a network generation: %s', (text, name) => {
    expect(entities(text).some((e) => e.endsWith(`:${name}`) && e.startsWith('Product'))).toBe(false);
  });
});

describe('an apostrophe inside a name', () => {
  it('reads "Xi\'an" as one place, not as Xi Jinping', () => {
    const found = entities("Selskabet har en fabrik i Xi'an, hvor det tester chips.");
    expect(found).toContain("Location:Xi'an");
    expect(found.some((e) => /Xi Jinping/.test(e))).toBe(false);
  });
  it('still reads a known name before a possessive', () => {
    expect(entities("Xi Jinping's government protested. Xi's speech followed.")).toContain('Person:Xi Jinping');
  });
});
