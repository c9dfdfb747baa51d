import { InvalidTransitionProblem } from '@vc/service-kit';
export const TARGET_STATUS = {
    publish: 'published',
    fill: 'filled',
    close: 'closed',
    expire: 'expired',
};
const ALLOWED_FROM = {
    publish: ['draft', 'filled'],
    fill: ['published'],
    close: ['published', 'filled'],
    expire: ['published'],
};
/** Statuses in which the text, requirements and times may still change. */
export const EDITABLE_STATUSES = ['draft', 'published', 'filled'];
/** The status `action` leads to from `from`, or a 409 invalid-transition problem. */
export function nextVacancyStatus(from, action) {
    const to = TARGET_STATUS[action];
    if (!ALLOWED_FROM[action].includes(from))
        throw new InvalidTransitionProblem(from, to);
    return to;
}
//# sourceMappingURL=vacancy-lifecycle.js.map