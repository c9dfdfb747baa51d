export declare class VacanciesModule {
}
//# sourceMappingURL=vacancies.module.d.ts.map