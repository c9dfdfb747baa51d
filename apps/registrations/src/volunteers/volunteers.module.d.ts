export declare class VolunteersModule {
}
//# sourceMappingURL=volunteers.module.d.ts.map