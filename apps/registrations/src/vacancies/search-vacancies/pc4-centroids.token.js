/** Nest injection token for the process-wide PC4 centroid table (loaded once, read-only). */
export const PC4_CENTROIDS = Symbol('PC4_CENTROIDS');
//# sourceMappingURL=pc4-centroids.token.js.map