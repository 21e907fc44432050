import { EmptyFileSystem } from 'langium';
import { expectFormatting, parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createCasusServices } from '../../src/language/casus-module.js';
import { formatCaseText, formatParsedCase } from '../../src/language/formatting/format-case.js';
import type { Case } from '../../src/language/generated/ast.js';
import { expectSameMeaning } from './same-meaning.js';

const { Casus } = createCasusServices(EmptyFileSystem);
const expectFormat = expectFormatting(Casus);
const parse = parseHelper<Case>(Casus);

/** Formats like the editor does (LSP formatter) and checks the result against `after`; also that nothing but white space moved. */
async function formats(before: string, after: string): Promise<void> {
    await expectFormat({ before, after, disposeAfterCheck: true });
    await expectSameMeaning(before, after);
    // Idempotent: the canonical layout is a fixed point.
    await expectFormat({ before: after, after, disposeAfterCheck: true });
}

describe('the canonical layout', () => {
    test('a whole case on one line', async () => {
        await formats(
            'casus "T" { ik A "d" { belang "a" doel "b" visie "v" } organisatie { omvang groot expertise "e" actor B { belang "x" waarde "w" } } regels { wet W "Wet" { bepaling "p" } regel R "r" } politiek { stakeholder S { wil "w" belang "b" } } verbinding B { helpt "h" waarom "y" } spanning A B "t" }',
            `casus "T" {
  ik A "d" {
    belang "a"
    doel "b"
    visie "v"
  }

  organisatie {
    omvang groot
    expertise "e"
    actor B {
      belang "x"
      waarde "w"
    }
  }

  regels {
    wet W "Wet" {
      bepaling "p"
    }
    regel R "r"
  }

  politiek {
    stakeholder S {
      wil "w"
      belang "b"
    }
  }

  verbinding B {
    helpt "h"
    waarom "y"
  }

  spanning A B "t"
}
`);
    });

    test('random white space: tabs, runs of spaces and blank lines, trailing spaces', async () => {
        await formats(
            '\n\n   casus\t"T"   {\n\n\n\n\tik    A\n\n{ belang   "a"   \n\n\n\n  doel "b"}\t\n\n\n\n\n   organisatie{actor B{}}   \n\n\n}\n\n',
            `casus "T" {

  ik A {
    belang "a"

    doel "b"
  }

  organisatie {
    actor B {}
  }

}
`);
    });

    test('English keywords stay English, Dutch stay Dutch, also mixed', async () => {
        await formats(
            'case "T" { me A { interest "a" vision "v" } organization { size small actor B } rules { law W } politics { stakeholder S { wants "w" } } link S { helps "h" why "y" } tension A S }',
            `case "T" {
  me A {
    interest "a"
    vision "v"
  }

  organization {
    size small
    actor B
  }

  rules {
    law W
  }

  politics {
    stakeholder S {
      wants "w"
    }
  }

  link S {
    helps "h"
    why "y"
  }

  tension A S
}
`);
        await formats('casus "T" { me A { belang "a" interest "b" } }', 'casus "T" {\n  me A {\n    belang "a"\n    interest "b"\n  }\n}\n');
    });

    test('multi-line texts and escapes are kept byte for byte', async () => {
        const before = 'casus "T" {   ik A {\n        visie "eerste regel\n     tweede regel met \\"aanhalingstekens\\" en \\\\\n\n  laatste"   belang   ""  }}';
        const after = 'casus "T" {\n  ik A {\n    visie "eerste regel\n     tweede regel met \\"aanhalingstekens\\" en \\\\\n\n  laatste"\n    belang ""\n  }\n}\n';
        await formats(before, after);
    });

    test('line comments: at the end of a line they stay there, on their own line they stay on their own line', async () => {
        await formats(
            `// kop van het bestand
casus "T" { // na de accolade
   // voor de ik
      ik A {    belang "a"    // achter een belang
  // voor de sluitaccolade
}
organisatie {} // achter een leeg blok
// einde van de casus
} // achter de casus
// allerlaatste regel`,
            `// kop van het bestand
casus "T" { // na de accolade
  // voor de ik
  ik A {
    belang "a" // achter een belang
    // voor de sluitaccolade
  }

  organisatie {} // achter een leeg blok
  // einde van de casus
} // achter de casus
// allerlaatste regel
`);
    });

    test('a line comment inside an element pushes the rest onto a continuation line', async () => {
        await formats(
            'casus "T" { ik A // wie\n"de ik" { belang "a" } spanning A // eerste\nA // tweede\n"tekst" }',
            `casus "T" {
  ik A // wie
    "de ik" {
    belang "a"
  }

  spanning A // eerste
    A // tweede
    "tekst"
}
`);
    });

    test('block comments: inline ones stay inline, own-line ones (also multi-line) stay on their own line', async () => {
        await formats(
            '/* kop\n   over twee regels */\ncasus /* titel: */ "T" {\n/* los */\nik A /* naam */ { belang /* tekst: */ "a" /* na */ }\n  /*\n     * sectie\n     */\n  regels { }\n}/* eind */',
            `/* kop
   over twee regels */
casus /* titel: */ "T" {
  /* los */
  ik A /* naam */ {
    belang /* tekst: */ "a" /* na */
  }

  /*
     * sectie
     */
  regels {}
} /* eind */
`);
    });

    test('exactly one blank line between sections, above the comments that introduce a section', async () => {
        await formats(
            'casus "T" {\nik A\norganisatie {}\n// over de regels\n\n// tweede regel commentaar\nregels {}\n\n\n\n\npolitiek {}\n}',
            `casus "T" {
  ik A

  organisatie {}

  // over de regels

  // tweede regel commentaar
  regels {}

  politiek {}
}
`);
    });

    test('the case may open and close with one blank line, smaller blocks may not', async () => {
        await formats(
            'casus "T" {\n\n\n  ik A {\n\n  belang "a"\n\n}\n\n\n}\n',
            'casus "T" {\n\n  ik A {\n    belang "a"\n  }\n\n}\n');
    });

    test('the line below a casus-ignore comment keeps exactly its tokens, so the same findings stay silenced', async () => {
        await formats(
            'casus "T" {\n// casus-ignore assumed-we\n   ik A {   belang "Wij willen dit" }\n organisatie { actor B {\n  // casus-ignore assumed-we\n  belang\n"Wij ook" } }\n}',
            `casus "T" {
  // casus-ignore assumed-we
  ik A { belang "Wij willen dit" }

  organisatie {
    actor B {
      // casus-ignore assumed-we
      belang
        "Wij ook"
    }
  }
}
`);
        // Without the comment, the same text is simply laid out.
        await formats('casus "T" {\n   ik A {   belang "Wij willen dit" }\n}', 'casus "T" {\n  ik A {\n    belang "Wij willen dit"\n  }\n}\n');
    });

    test('the editor\'s tab settings do not change the layout', async () => {
        const before = 'casus "T" { ik A { belang "a" } }';
        const after = 'casus "T" {\n  ik A {\n    belang "a"\n  }\n}\n';
        await expectFormat({ before, after, options: { tabSize: 8, insertSpaces: false }, disposeAfterCheck: true });
    });
});

describe('what the formatter leaves alone', () => {
    test('a text with syntax errors gets no edits (the analyst is probably typing)', async () => {
        for (const broken of ['casus "T" { ik A { belang } organisatie   {', 'casus "T" {   ik A  "unterminated }', 'casus "T" { ik A } }   extra', 'casus "T" { @ ik A }', '']) {
            const document = await parse(broken);
            expect(await Casus.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
            expect(formatCaseText(Casus, broken).kind).toBe('syntax-error');
        }
    });

    test('an already formatted case gets no edits at all', async () => {
        const document = await parse('casus "T" {\n  ik A\n}\n');
        expect(await Casus.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
    });
});

describe('line endings and byte order mark', () => {
    test('CRLF files stay CRLF, also where a line break is added; texts keep their own line breaks', () => {
        const before = 'casus "T" {\r\n ik A { belang "twee\nregels" }\r\n\r\n\r\n organisatie {}}';
        const outcome = formatCaseText(Casus, before);
        expect(outcome.kind).toBe('formatted');
        if (outcome.kind !== 'formatted') return;
        expect(outcome.text).toBe('casus "T" {\r\n  ik A {\r\n    belang "twee\nregels"\r\n  }\r\n\r\n  organisatie {}\r\n}\r\n');
    });

    test('a byte order mark stays, and only white space after it changes', () => {
        const outcome = formatCaseText(Casus, '\ufeff  casus "T" { ik A }');
        expect(outcome).toMatchObject({ kind: 'formatted', text: '\ufeffcasus "T" {\n  ik A\n}\n' });
    });

    test('a missing final line ending is added, extra ones are removed', () => {
        expect(formatCaseText(Casus, 'casus "T" {\n  ik A\n}')).toMatchObject({ text: 'casus "T" {\n  ik A\n}\n' });
        expect(formatCaseText(Casus, 'casus "T" {\n  ik A\n}\n\n\n  ')).toMatchObject({ text: 'casus "T" {\n  ik A\n}\n' });
    });
});

test('a tree of another version of the text gives no edits', () => {
    const parsed = Casus.parser.LangiumParser.parse('casus "T" {  ik A }');
    expect(formatParsedCase(Casus, 'casus "T" {  ik B }', parsed)).toEqual({ kind: 'unsafe' });
    expect(formatParsedCase(Casus, 'casus "T" {  ik A }', parsed).kind).toBe('formatted');
});
