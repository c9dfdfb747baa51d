export const main = 'app a';
