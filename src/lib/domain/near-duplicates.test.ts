import { describe, expect, it } from 'vitest';
import { findDuplicateGroups as sut, type DuplicateCandidate } from './near-duplicates';

const campaign =
	'Sprzeciwiam się wycince drzew przy ulicy Górczewskiej. Drzewa dają cień i czyste powietrze ' +
	'mieszkańcom Woli, a nowy parking nie jest nam potrzebny. Żądamy zachowania zieleni i nowych nasadzeń.';

function opinions(...texts: string[]): DuplicateCandidate[] {
	return texts.map((text, i) => ({
		id: 100 + i,
		text,
		receivedAt: new Date(Date.UTC(2026, 4, 4, 12, i)).toISOString()
	}));
}

describe('findDuplicateGroups', () => {
	it('groups exact copies that differ only in case, punctuation, spacing and signature', () => {
		const items = opinions(
			campaign,
			campaign.toUpperCase(),
			campaign.replaceAll('.', '!!!').replaceAll(' ', '  '),
			`${campaign}\n\nPozdrawiam,\nAnna Nowak`,
			`${campaign}\n-- \nJan Kowalski, tel. 600 100 200`,
			'Więcej koszy na śmieci w parku Moczydło, bo po weekendzie wszystko leży na trawie.'
		);

		expect(sut(items)).toEqual([{ ids: [100, 101, 102, 103, 104], exact: true, similarity: 1 }]);
	});

	it('groups a copy-paste campaign with small edits, the oldest first', () => {
		const items = opinions(
			campaign.replace('Górczewskiej', 'Górczewskiej na Woli'),
			campaign,
			`Jako mieszkanka Bemowa: ${campaign.replace('Żądamy', 'Domagamy się')}`,
			campaign.replace('potrzebny', 'potrzbny').replace('cień', 'cien'),
			'Proszę o dłuższe godziny otwarcia biblioteki na Targówku, zwłaszcza w soboty i niedziele.'
		);
		items[1]!.receivedAt = '2026-05-01T08:00:00.000Z';

		const groups = sut(items);

		expect(groups).toHaveLength(1);
		expect(groups[0]).toMatchObject({ ids: [101, 100, 102, 103], exact: false });
		expect(groups[0]!.similarity).toBeGreaterThan(0.7);
		expect(groups[0]!.similarity).toBeLessThan(1);
	});

	it('groups one idea reworded when the wording is largely shared', () => {
		const items = opinions(
			'Proszę o więcej ławek w parku Skaryszewskim, bo seniorzy nie mają gdzie usiąść podczas spaceru.',
			'W parku Skaryszewskim brakuje ławek – seniorzy nie mają gdzie usiąść. Proszę o więcej ławek.'
		);

		const [group, ...rest] = sut(items);

		expect(rest).toEqual([]);
		expect(group?.ids).toEqual([100, 101]);
		expect(group?.similarity).toBeGreaterThanOrEqual(0.5);
	});

	it('keeps clearly different opinions apart, even when they share words', () => {
		const items = opinions(
			'Dom kultury na Bielanach powinien być otwarty także w niedziele, bo w tygodniu pracujemy.',
			'Biblioteka na Targówku to najlepsze miejsce w dzielnicy, ale brakuje zajęć dla młodzieży.',
			'Więcej zajęć dla seniorów w domu kultury na Mokotowie.',
			'Więcej zajęć dla młodzieży w bibliotece na Mokotowie.',
			'więcej ławek w parku',
			'więcej drzew w parku'
		);

		expect(sut(items)).toEqual([]);
	});

	it('does not group very short texts for sharing a word, but does group their exact copies', () => {
		const items = opinions(
			'więcej ławek',
			'więcej drzew',
			'ławki!',
			'Więcej ławek!!',
			'tak',
			'nie'
		);

		expect(sut(items)).toEqual([{ ids: [100, 103], exact: true, similarity: 1 }]);
	});

	it('leaves empty texts and texts of punctuation alone', () => {
		expect(sut(opinions('', '   ', '!!!', '…', ''))).toEqual([]);
		expect(sut([])).toEqual([]);
	});

	it('handles 10 000-character texts', () => {
		const long = `${campaign} `.repeat(60).slice(0, 10_000);
		const items = opinions(long, long.replace('Woli', 'Bemowa'), 'Inny, krótki tekst o ławkach.');

		expect(sut(items)).toMatchObject([{ ids: [100, 101], exact: false }]);
	});

	it('chains no groups: every member is similar to the oldest one itself', () => {
		const steps = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(
			(_, n) =>
				campaign
					.split(' ')
					.map((word, i) => (i < n * 4 ? `${word}${n}x` : word))
					.join(' ') + ` zmiana ${n}`
		);

		const groups = sut(opinions(...steps));

		for (const group of groups) expect(group.similarity).toBeGreaterThanOrEqual(0.5);
	});

	it('gives the same groups for the same opinions in any order', () => {
		const items = opinions(
			campaign,
			campaign.replace('Woli', 'Bemowa'),
			'więcej ławek',
			'Więcej ławek!',
			campaign.toLowerCase()
		);

		const first = sut(items);

		expect(sut([...items].reverse())).toEqual(first);
		expect(first).toHaveLength(2);
	});

	it('finds the planted groups among 5 000 unrelated opinions', () => {
		const random = seeded(2026);
		const syllables = [
			'ka',
			'lo',
			'mi',
			'sze',
			'dro',
			'wia',
			'pen',
			'tu',
			'rz',
			'bel',
			'now',
			'gra'
		];
		const word = () =>
			Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(random, syllables)).join('');
		const texts = Array.from({ length: 5000 }, () =>
			Array.from({ length: 6 + Math.floor(random() * 40) }, word).join(' ')
		);
		const edits = Array.from({ length: 12 }, (_, i) =>
			i % 3 === 0 ? campaign.replace('Woli', `Woli ${word()}`) : campaign.replace('cień', word())
		);
		const items = opinions(
			...texts,
			...edits,
			...Array<string>(5).fill('Więcej ławek na Kabatach, proszę!')
		);

		const groups = sut(items);

		expect(groups.map((g) => [g.ids.length, g.exact])).toEqual([
			[12, false],
			[5, true]
		]);
		expect(groups[0]!.ids).toEqual(items.slice(5000, 5012).map((item) => item.id));
	});
});

function seeded(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function pick<T>(random: () => number, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)]!;
}
