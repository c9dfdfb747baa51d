export declare class CentresModule {
}
//# sourceMappingURL=centres.module.d.ts.map