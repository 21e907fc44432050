import { describe, expect, test } from 'vitest';
import { reportMessagesFor } from '../../src/cli/report/report-messages.js';
import { previewTexts } from '../../src/diagram/preview-texts.js';
import { newCaseTemplate } from '../../src/extension/new-case-template.js';
import { messagesFor } from '../../src/language/i18n/messages.js';
import { lspMessagesFor } from '../../src/language/lsp/lsp-messages.js';
import { quadrantLabel, quadrantWords, worksheetQuestion, type WorksheetQuadrant } from '../../src/language/worksheet.js';

/** The worksheet's words exist once (src/language/worksheet.ts); every part that shows them shows the same. */
describe('one catalogue of the worksheet', () => {
    const quadrants = ['organisatie', 'regels', 'politiek'] as const;
    for (const language of ['nl', 'en'] as const) {
        test(`${language}: findings, hover, diagram and report name and ask the same`, () => {
            for (const quadrant of quadrants) {
                const label = quadrantLabel(quadrant, language);
                expect(messagesFor(language).quadrantLabel(quadrant)).toBe(label);
                expect(reportMessagesFor(language).quadrant(quadrant)).toBe(label);
                expect(previewTexts(language).quadrantTitle[quadrant]).toBe(label);
                expect(lspMessagesFor(language).quadrantOf(quadrant)).toContain(label);
                expect(messagesFor(language).quadrantQuestion(quadrant)).toBe(worksheetQuestion(quadrant, language));
            }
            for (const part of ['organisatie', 'visie', 'regels', 'politiek'] as WorksheetQuadrant[]) {
                expect(previewTexts(language).question[part]).toBe(worksheetQuestion(part, language));
                expect(previewTexts(language).axisWord[part]).toBe(quadrantWords(part, language).axis);
                expect(lspMessagesFor(language).question(part)).toBe(worksheetQuestion(part, language));
            }
        });

        test(`${language}: the new-case template heads each part with the worksheet's label and question`, () => {
            const template = newCaseTemplate('T', language);
            for (const quadrant of quadrants) {
                expect(template).toContain(`${quadrantLabel(quadrant, language)} (${quadrantWords(quadrant, language).axis}): ${worksheetQuestion(quadrant, language)}`);
            }
        });
    }
});
