import { certificatePdf, pdfText } from './certificate-pdf.js';

const document = {
  holderName: 'Zoë de Vries',
  title: 'Omgaan met agressie (basis)',
  kind: 'course' as const,
  issuedOn: '2027-03-19',
  centreName: 'Vrijwilligerscentrale Utrecht',
  verificationCode: 'AB12-CD34-EF56-GH78-JK9M',
  verificationUrl: 'https://vrijwilligers.example/v1/certificate-verifications/AB12-CD34-EF56-GH78-JK9M',
};

describe('certificatePdf', () => {
  const pdf = certificatePdf(document);
  const text = pdf.toString('latin1');

  it('is a PDF that names the holder, the course, the date and the code', () => {
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toContain('(Zo\xeb de Vries)');
    expect(text).toContain('Omgaan met agressie \\(basis\\)');
    expect(text).toContain('2027-03-19');
    expect(text).toContain('AB12-CD34-EF56-GH78-JK9M');
  });

  it('points its cross-reference table at every object', () => {
    const startxref = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(6);
    offsets.forEach((offset, index) => expect(text.slice(offset, offset + 8)).toBe(`${index + 1} 0 obj\n`.slice(0, 8)));
  });

  it('gives the content stream its true length', () => {
    const match = /<< \/Length (\d+) >>\nstream\n/.exec(text)!;
    const start = match.index + match[0].length;
    expect(text.slice(start + Number(match[1]), start + Number(match[1]) + 10)).toBe('\nendstream');
  });
});

describe('pdfText', () => {
  it.each([
    ['(haakjes)', '\\(haakjes\\)'],
    ['back\\slash', 'back\\\\slash'],
    ['Çağrı', 'Ça?r?'],
    ['emoji 🎉', 'emoji ?'],
  ])('writes %j as %j', (input, output) => {
    expect(pdfText(input)).toBe(output);
  });
});
