import type { Locale } from '../language/i18n/locale.js';
import { cliMessagesFor } from './cli-messages.js';
import type { FileProblem } from './file-problem.js';

/** Texts of `casus render`, in Dutch and English (the shared usage text lists the command itself). */
export interface RenderMessages {
    onePath: string;
    badTheme(value: string): string;
    doesNotParse(path: string): string;
    cannotWrite(path: string, problem: FileProblem): string;
    notOneCase(path: string, count: number): string;
}

const en: RenderMessages = {
    onePath: 'casus render: name exactly one .casus file',
    badTheme: value => `casus render: --theme takes light or dark, not '${value}'`,
    doesNotParse: path => `casus render: cannot draw ${path}: the text does not parse. Fix these first:`,
    cannotWrite: (path, problem) => `casus render: cannot write ${path}: ${cliMessagesFor('en').fileProblem(problem)}`,
    notOneCase: (path, count) => `casus render: ${path} holds ${count} cases; name one .casus file`,
};

const nl: RenderMessages = {
    onePath: 'casus render: noem precies één .casus-bestand',
    badTheme: value => `casus render: --theme vraagt light of dark, niet '${value}'`,
    doesNotParse: path => `casus render: kan ${path} niet tekenen: de tekst is niet te lezen. Los eerst dit op:`,
    cannotWrite: (path, problem) => `casus render: kan ${path} niet schrijven: ${cliMessagesFor('nl').fileProblem(problem)}`,
    notOneCase: (path, count) => `casus render: ${path} bevat ${count} casussen; noem één .casus-bestand`,
};

export function renderMessagesFor(locale: Locale): RenderMessages {
    return locale === 'nl' ? nl : en;
}
