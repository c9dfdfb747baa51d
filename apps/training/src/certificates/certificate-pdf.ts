/**
 * A one-page certificate as a minimal PDF 1.4, written by hand: one page, the standard Helvetica
 * fonts (no embedding), text only. Enough for printing and archiving, and no new dependency.
 */
export interface CertificateDocument {
  holderName: string;
  title: string;
  kind: 'course' | 'mas-placement';
  issuedOn: string;
  centreName: string;
  verificationCode: string;
  verificationUrl: string;
}

export function certificatePdf(document: CertificateDocument): Buffer {
  const lines: Array<[font: 'F1' | 'F2', size: number, y: number, text: string]> = [
    ['F2', 28, 700, 'Certificaat'],
    ['F1', 14, 660, document.kind === 'course' ? 'Hierbij verklaart' : 'Maatschappelijke stage, afgerond door'],
    ['F2', 20, 630, document.holderName],
    ['F1', 14, 600, document.kind === 'course' ? 'de cursus gevolgd te hebben:' : 'bij:'],
    ['F2', 16, 575, document.title],
    ['F1', 12, 540, `Datum: ${document.issuedOn}`],
    ['F1', 12, 520, `Uitgegeven door: ${document.centreName}`],
    ['F1', 10, 140, `Verificatiecode: ${document.verificationCode}`],
    ['F1', 10, 125, `Controleer op ${document.verificationUrl}`],
  ];
  const content = lines.map(([font, size, y, text]) => `BT /${font} ${size} Tf 72 ${y} Td (${pdfText(text)}) Tj ET`).join('\n');
  const contentBytes = Buffer.from(content, 'latin1');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  const add = (chunk: Buffer) => {
    chunks.push(chunk);
    length += chunk.length;
  };
  objects.forEach((body, index) => {
    offsets.push(length);
    add(Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, 'latin1'));
  });
  offsets.push(length);
  add(Buffer.concat([Buffer.from(`6 0 obj\n<< /Length ${contentBytes.length} >>\nstream\n`, 'latin1'), contentBytes, Buffer.from('\nendstream\nendobj\n', 'latin1')]));
  const xref = length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  add(Buffer.from(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

/**
 * A string literal in WinAnsi: Dutch names and titles (é, ë, ï, ö, ...) are in Latin-1; anything
 * beyond it becomes '?' rather than garbage, and the delimiters are escaped.
 */
export function pdfText(text: string): string {
  return [...text.normalize('NFC')]
    .map((char) => (char.charCodeAt(0) <= 0xff && char.codePointAt(0)! >= 0x20 ? char : '?'))
    .join('')
    .replace(/[\\()]/g, (c) => `\\${c}`);
}
