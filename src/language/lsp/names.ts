import { keywordId } from '../keywords.js';

/** The grammar's ID terminal, whole: letters, combining marks, digits and `_`, not starting with a digit. */
const NAME = /^[_\p{L}][\p{L}\p{M}\p{Nd}_]*$/u;

export type NameProblem = 'not-a-name' | 'keyword';

/** Why a text cannot be a name, or undefined when it can: a keyword would be read as a keyword, not as a name. */
export function nameProblem(text: string): NameProblem | undefined {
    if (!NAME.test(text)) return 'not-a-name';
    if (keywordId(text) !== undefined) return 'keyword';
    return undefined;
}
