import { smsProblem, smsSize } from './sms-message.js';

describe('smsSize', () => {
  it.each([
    ['plain Dutch', 'Goed nieuws: je kunt aan de slag!', 'gsm-7', 33, 1],
    ['exactly 160 GSM characters', 'a'.repeat(160), 'gsm-7', 160, 1],
    ['161 GSM characters', 'a'.repeat(161), 'gsm-7', 161, 2],
    ['the euro sign counts twice', '€'.repeat(80), 'gsm-7', 160, 1],
    ['accents outside GSM switch to UCS-2', 'Zoë', 'ucs-2', 3, 1],
    ['71 UCS-2 characters', 'ë'.repeat(71), 'ucs-2', 71, 2],
    ['an emoji is two code units', '👍'.repeat(35), 'ucs-2', 70, 1],
  ])('%s', (_case, text, encoding, units, segments) => {
    expect(smsSize(text)).toEqual({ encoding, units, segments });
  });
});

describe('smsProblem', () => {
  it.each([
    ['+31612345678', 'Hallo', undefined],
    ['0612345678', 'Hallo', 'the phone number is not in E.164 form (+31612345678)'],
    ['+0612345678', 'Hallo', 'the phone number is not in E.164 form (+31612345678)'],
    ['+31 6 12345678', 'Hallo', 'the phone number is not in E.164 form (+31612345678)'],
    ['+3161234567890123', 'Hallo', 'the phone number is not in E.164 form (+31612345678)'],
    ['+31612345678', '   ', 'the text is empty'],
    ['+31612345678', 'a'.repeat(307), 'the text takes 3 SMS segments (gsm-7); at most 2 allowed'],
  ])('%s / %p: %p', (to, text, problem) => {
    expect(smsProblem(to, text, 2)).toBe(problem);
  });
});
