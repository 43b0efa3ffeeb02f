/** The sections of `npm run bench`, in the order they run; `npm run bench -- intake memory` picks. */
export const SECTIONS = [
	'kiosk-size',
	'sync',
	'import',
	'inbox',
	'report',
	'intake',
	'memory'
] as const;

export type Section = (typeof SECTIONS)[number];

export type Choice = { ok: true; sections: Section[] } | { ok: false; unknown: string[] };

/** No names: every section. Names run in the bench's own order, each once. */
export function chooseSections(args: readonly string[]): Choice {
	const names = args.filter((arg) => arg.trim() !== '');
	const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
	if (unknown.length > 0) return { ok: false, unknown };
	if (names.length === 0) return { ok: true, sections: [...SECTIONS] };
	return { ok: true, sections: SECTIONS.filter((section) => names.includes(section)) };
}
