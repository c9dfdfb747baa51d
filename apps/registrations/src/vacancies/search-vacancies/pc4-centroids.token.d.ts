/** Nest injection token for the process-wide PC4 centroid table (loaded once, read-only). */
export declare const PC4_CENTROIDS: unique symbol;
//# sourceMappingURL=pc4-centroids.token.d.ts.map