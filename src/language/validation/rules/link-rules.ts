import type { Case } from '../../generated/ast.js';
import type { FindingReporter } from '../finding-reporter.js';
import { sectionsOf } from '../case-elements.js';
import { findVerticalArguments, mentionsVerticalArgument } from '../text-patterns.js';
import { rangeInText, sourceTextOf } from '../text-ranges.js';
import { statesSomething } from '../case-elements.js';

/** `link-without-help`, `link-without-why`, `vertical-argument`: connect horizontally, in the partner's own interest. */
export function checkConnections(root: Case, report: FindingReporter): void {
    for (const link of sectionsOf(root).verbindingen) {
        const partner = link.partner?.$refText;
        if (!partner) continue; // nothing to name: the parser already reports the missing name
        if (!statesSomething(link.helps)) {
            report.atProperty('link-without-help', link, 'partner', report.messages.linkWithoutHelp(partner));
        }
        if (!statesSomething(link.whys)) {
            report.atProperty('link-without-why', link, 'partner', report.messages.linkWithoutWhy(partner));
        }
        for (const why of link.whys) {
            if (!mentionsVerticalArgument(why.text)) continue; // as for assumed-we: the parsed text has its source's words
            const text = sourceTextOf(why);
            if (!text) continue;
            for (const hit of findVerticalArguments(text.raw)) {
                report.atRange('vertical-argument', why, rangeInText(why, text, hit.start, hit.end), report.messages.verticalArgument(hit.found, partner));
            }
        }
    }
}
