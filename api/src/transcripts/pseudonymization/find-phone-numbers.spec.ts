import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './find-phone-numbers.js';

const found = (text: string): string[] => findPhoneNumbers(text).map(({ start, end }) => text.slice(start, end));

describe(findPhoneNumbers.name, () => {
  it.each([
    { name: 'a Dutch mobile with a dash', text: 'Bel 06-12345678 maar.', expected: ['06-12345678'] },
    { name: 'a Dutch landline in groups', text: 'Tel. 024 361 11 11.', expected: ['024 361 11 11'] },
    { name: 'an international Dutch number', text: 'Via +31 24 361 1111 of +31 (0)24 3611111.', expected: ['+31 24 361 1111', '+31 (0)24 3611111'] },
    { name: 'a German number with slash and dash', text: 'Rufen Sie 0251/83-12345 an.', expected: ['0251/83-12345'] },
    { name: 'a German number with 0049', text: 'Unter 0049 341 97 12345 erreichbar.', expected: ['0049 341 97 12345'] },
    { name: 'an area code in brackets', text: 'Nummer (030) 1234567.', expected: ['(030) 1234567'] },
    { name: 'an Italian mobile', text: 'Mi chiami al 347 1234567.', expected: ['347 1234567'] },
    { name: 'an Italian landline', text: 'Il numero è +39 0461 123456.', expected: ['+39 0461 123456'] },
    { name: 'a number followed by a single digit', text: 'Bel 06-12345678 2 keer.', expected: ['06-12345678'] },
    { name: 'a list of years', text: 'In 2019 2020 2021 kwam ik terug.', expected: [] },
    { name: 'a short number', text: 'Kamer 0123 45.', expected: [] },
    { name: 'an amount', text: 'Het kost 1.250.000 euro.', expected: [] },
    { name: 'a participant code', text: 'Code UKM-P-0042.', expected: [] },
  ])('finds $expected when the text has $name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
