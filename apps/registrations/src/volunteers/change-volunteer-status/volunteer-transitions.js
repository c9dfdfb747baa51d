import { InvalidTransitionProblem } from '@vc/service-kit';
const TRANSITIONS = {
    pause: { from: ['active'], to: 'paused' },
    resume: { from: ['paused'], to: 'active' },
    leave: { from: ['active', 'paused'], to: 'left' },
};
/** active ⇄ paused, and active or paused → left; anything else is a 409 naming both states. */
export function statusAfter(current, transition) {
    const { from, to } = TRANSITIONS[transition];
    if (!from.includes(current))
        throw new InvalidTransitionProblem(current, to);
    return to;
}
//# sourceMappingURL=volunteer-transitions.js.map