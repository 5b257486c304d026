import { describe, expect, it } from 'vitest';
import { excelCsv, parseExcelCsv } from './excel-csv.js';

describe('excelCsv', () => {
  it('writes a BOM, semicolons and CRLF, and quotes what needs quoting', () => {
    const text = excelCsv([
      ['Navn', 'Citat'],
      ['Sundhedsklynge Århus', 'står i "aftalen"; side 2'],
    ]);
    expect(text).toBe('\uFEFFNavn;Citat\r\nSundhedsklynge Århus;"står i ""aftalen""; side 2"\r\n');
  });

  it('reads back what it wrote, line breaks inside fields included', () => {
    const rows = [
      ['a', 'b;c', 'æ\r\nø'],
      ['', '1', '"'],
    ];
    expect(parseExcelCsv(excelCsv(rows))).toStrictEqual(rows);
  });
});
