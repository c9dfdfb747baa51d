export * from './pc4-centroids.js';
export * from './dutch-postcode.js';
