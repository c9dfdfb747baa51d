/** E.164: a plus, a country code and at most 15 digits in all (the form registrations publishes). */
export const E164 = /^\+[1-9][0-9]{7,14}$/;

// The GSM 03.38 default alphabet; one extension character (e.g. €) costs two septets.
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

export interface SmsSize {
  encoding: 'gsm-7' | 'ucs-2';
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

/** How many SMS segments a text takes: 160/153 septets in GSM-7, 70/67 code units otherwise. */
export function smsSize(text: string): SmsSize {
  let septets = 0;
  let gsm = true;
  for (const character of text) {
    if (GSM_BASIC.has(character)) septets += 1;
    else if (GSM_EXTENDED.has(character)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return { encoding: 'gsm-7', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
  const units = text.length;
  return { encoding: 'ucs-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/** Why an SMS cannot be sent as it is, or undefined when it can. */
export function smsProblem(to: string, text: string, maxSegments: number): string | undefined {
  if (!E164.test(to)) return 'the phone number is not in E.164 form (+31612345678)';
  if (text.trim() === '') return 'the text is empty';
  const size = smsSize(text);
  if (size.segments > maxSegments) return `the text takes ${size.segments} SMS segments (${size.encoding}); at most ${maxSegments} allowed`;
  return undefined;
}
