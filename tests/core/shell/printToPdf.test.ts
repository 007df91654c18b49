import { describe, expect, it } from 'vitest';
import { externalLinkButton } from '../../../src-main/electron/links';
import {
  parsePdfRequest,
  pdfFileName,
  printToPdfOptions,
} from '../../../src-main/electron/pdfOptions';

describe('print to PDF request', () => {
  it('accepts only a known page size and a string name', () => {
    expect(parsePdfRequest({ pageSize: 'A4', suggestedName: 'Talk.pdf' })).toEqual({
      pageSize: 'A4',
      suggestedName: 'Talk.pdf',
    });
    expect(parsePdfRequest({ pageSize: 'Letter', suggestedName: '' })).toEqual({
      pageSize: 'Letter',
      suggestedName: '',
    });
    for (const bad of [
      null,
      'A4',
      1,
      {},
      { pageSize: 'A3', suggestedName: 'x' },
      { pageSize: 'A4' },
      { pageSize: 'A4', suggestedName: 5 },
      { pageSize: 'A4', suggestedName: 'x'.repeat(1001) },
    ]) {
      expect(parsePdfRequest(bad)).toBeNull();
    }
  });

  it('makes a safe .pdf file name whatever the renderer suggests', () => {
    expect(pdfFileName('Growth talk.pdf')).toBe('Growth talk.pdf');
    expect(pdfFileName('../../.ssh/authorized_keys')).toBe('ssh authorized_keys.pdf');
    expect(pdfFileName('C:\\Windows\\evil')).toBe('C Windows evil.pdf');
    expect(pdfFileName('con')).toBe('Agenda.pdf');
    expect(pdfFileName('...')).toBe('Agenda.pdf');
    expect(pdfFileName('a\u202Efdp.exe')).toBe('a fdp.exe.pdf');
    expect(pdfFileName('x'.repeat(300))).toHaveLength(124);
  });

  it('lets the page decide size, margins and footer', () => {
    expect(printToPdfOptions('Letter')).toEqual({
      pageSize: 'Letter',
      printBackground: true,
      displayHeaderFooter: false,
      preferCSSPageSize: true,
    });
  });
});

describe('sharing by mail on the desktop', () => {
  it('names the confirm button after where the link goes', () => {
    expect(externalLinkButton('mailto:?subject=Agenda&body=Hello')).toBe('Open mail app');
    expect(externalLinkButton('MAILTO:someone@example.com')).toBe('Open mail app');
    expect(externalLinkButton('https://example.com/')).toBe('Open in browser');
  });
});
