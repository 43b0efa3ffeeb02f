/** Dative and locative soften the stem's last consonant: Marta → Marcie, Piotr → Piotrze. */
const SOFTENED: [string, string][] = [
	['st', 'ście'],
	['t', 'cie'],
	['d', 'dzie'],
	['r', 'rze'],
	['k', 'ce'],
	['g', 'dze'],
	['ł', 'le'],
	['l', 'li']
];

function softened(stem: string): string {
	const rule = SOFTENED.find(([end]) => stem.endsWith(end));
	return rule ? stem.slice(0, -rule[0].length) + rule[1] : `${stem}ie`;
}

/** Stems that lose a vowel in a way the rules below do not see. */
const IRREGULAR_STEMS: Record<string, string> = { Aleksander: 'Aleksandr' };

/** Maria → Marii; Ania → Ani; Alicja → Alicji; Maja → Mai. */
function softFeminine(name: string): string[] {
	const stem = name.slice(0, -1);
	let genitive = `${stem}i`;
	if (/[nszc]i$/.test(stem)) genitive = stem;
	else if (/[aeiouy]j$/.test(stem)) genitive = `${stem.slice(0, -1)}i`;
	return [genitive, `${stem}ę`, `${stem}ą`, `${stem}o`, `${stem}u`];
}

/** Anna → Anny, Annę, Anną, Annie; Agnieszka → Agnieszki, Agnieszce; Ola → Oli. */
function hardFeminine(name: string): string[] {
	const stem = name.slice(0, -1);
	const genitive = /[kgl]$/.test(stem) ? `${stem}i` : `${stem}y`;
	return [genitive, `${stem}ę`, `${stem}ą`, `${stem}o`, softened(stem)];
}

/** Jan → Jana, Janowi, Janem; Marek → Marka, Markiem; Paweł → Pawła. */
function masculine(name: string): string[] {
	const fleeting = /[^aeiouy]e[kł]$/.test(name) ? name.slice(0, -2) + name.slice(-1) : name;
	const stem = IRREGULAR_STEMS[name] ?? fleeting;
	const instrumental = /[kg]$/.test(stem) ? `${stem}iem` : `${stem}em`;
	const locative = /(?:[kgjlcżź]|sz|cz|rz|ch)$/.test(stem) ? `${stem}u` : softened(stem);
	return [`${stem}a`, `${stem}owi`, instrumental, locative];
}

/** The forms a first name takes in a sentence, the nominative first. */
export function declinedForms(name: string): string[] {
	if (/[iy]$/.test(name)) {
		const stem = name.endsWith('y') ? name.slice(0, -1) : name;
		return [name, `${stem}ego`, `${stem}emu`, `${name}m`];
	}
	if (/(?:i|j)a$/.test(name)) return [name, ...softFeminine(name)];
	if (name.endsWith('a')) return [name, ...hardFeminine(name)];
	return [name, ...masculine(name)];
}
