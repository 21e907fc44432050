/**
 * Realistic generated cases for benchmarks and scale tests: an ik, actors with
 * interests, laws with provisions, stakeholders, links and tensions, and a few
 * findings (an assumed "wij", an actor without interest, a vertical why), in
 * the proportions of the examples. Deterministic for a given size.
 */
export interface GeneratedCase {
    text: string;
    lines: number;
    actors: string[];
    stakeholders: string[];
}

const INTERESTS = [
    'Binnen de wettelijke termijn een eerste gesprek voeren',
    'De caseload per medewerker beheersbaar houden',
    'Minder uitval tijdens een traject',
    'Zichtbaar resultaat voor de verkiezingen',
    'Lagere zorgkosten per verzekerde',
    'Eén gezin, één plan, één regisseur',
];

/** A case of about `targetLines` lines. */
export function generateCase(targetLines: number, seed = 1): GeneratedCase {
    const parties = Math.max(2, Math.floor(targetLines / 8.7)); // about 8.7 lines per actor, with its share of laws, stakeholders and links
    const actors = Array.from({ length: parties }, (_, i) => `Actor${seed}_${i}`);
    const stakeholders = Array.from({ length: Math.max(1, Math.floor(parties / 2)) }, (_, i) => `Stakeholder${seed}_${i}`);
    const laws = Math.max(1, Math.floor(parties / 4));
    const out: string[] = [
        `// Gegenereerde casus van ongeveer ${targetLines} regels`,
        `casus "Gegenereerde casus ${seed}" {`,
        '  ik Beleidsadviseur "Beleidsadviseur sociaal domein" {',
        '    belang "Minder gezinnen met problematische schulden"',
        '    doel "Elk gezin is binnen een maand in beeld"',
        '    visie "Partners doen mee als het hen zelf iets oplevert"',
        '  }',
        '',
        '  organisatie {',
        '    omvang groot',
        '    expertise "Schuldhulpverlening en wijkgerichte ondersteuning"',
    ];
    actors.forEach((name, i) => {
        out.push(`    actor ${name} "Team ${i} in de wijk" {`);
        if (i % 25 === 7) out.push('    // nog geen belang bekend');
        else out.push(`      belang "${i % 40 === 3 ? 'Wij willen allemaal ' : ''}${INTERESTS[i % INTERESTS.length]}"`);
        out.push(`      waarde "${INTERESTS[(i + 2) % INTERESTS.length]}"`, `      expertise "Expertise ${i}"`, '    }');
    });
    out.push('  }', '', '  regels {', '    omvang middel');
    for (let i = 0; i < laws; i++) {
        out.push(`    wet Wet${seed}_${i} "Wet nummer ${i}" {`, `      bepaling "Bepaling ${i} geldt voor alle gemeenten"`, '    }');
    }
    out.push('    regel Protocol "Het lokale protocol"', '  }', '', '  politiek {', '    omvang klein');
    stakeholders.forEach((name, i) => {
        out.push(`    stakeholder ${name} "Stakeholder ${i}" {`, `      wil "${INTERESTS[(i + 3) % INTERESTS.length]}"`, '    }');
    });
    out.push('  }', '');
    actors.forEach((name, i) => {
        if (i % 3 !== 0) return;
        out.push(`  verbinding ${name} {`, `    helpt "${name} meldt signalen vroeg"`,
            `    waarom "${i % 30 === 9 ? 'Omdat het beter is voor iedereen' : 'Vroege signalen besparen ' + name + ' tijd'}"`, '  }');
    });
    for (let i = 0; i + 1 < actors.length; i += 10) {
        out.push(`  spanning ${actors[i]} ${stakeholders[i % stakeholders.length]} "Tempo tegen zorgvuldigheid"`);
    }
    out.push('}', '');
    const text = out.join('\n');
    return { text, lines: out.length, actors, stakeholders };
}
