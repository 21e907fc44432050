import type { Locale } from '../language/i18n/locale.js';

/** Texts of `casus render`, in Dutch and English (the shared usage text lists the command itself). */
export interface RenderMessages {
    onePath: string;
    badTheme(value: string): string;
    doesNotParse(path: string): string;
    cannotWrite(path: string, reason: string): string;
    notOneCase(path: string, count: number): string;
}

const en: RenderMessages = {
    onePath: 'casus render: name exactly one .casus file',
    badTheme: value => `casus render: --theme takes light or dark, not '${value}'`,
    doesNotParse: path => `casus render: cannot draw ${path}: the text does not parse. Fix these first:`,
    cannotWrite: (path, reason) => `casus render: cannot write ${path}: ${reason}`,
    notOneCase: (path, count) => `casus render: ${path} holds ${count} cases; name one .casus file`,
};

const nl: RenderMessages = {
    onePath: 'casus render: noem precies één .casus-bestand',
    badTheme: value => `casus render: --theme vraagt light of dark, niet '${value}'`,
    doesNotParse: path => `casus render: kan ${path} niet tekenen: de tekst is niet te lezen. Los eerst dit op:`,
    cannotWrite: (path, reason) => `casus render: kan ${path} niet schrijven: ${reason}`,
    notOneCase: (path, count) => `casus render: ${path} bevat ${count} casussen; noem één .casus-bestand`,
};

export function renderMessagesFor(locale: Locale): RenderMessages {
    return locale === 'nl' ? nl : en;
}
