export * from './pc4-centroids.js';
