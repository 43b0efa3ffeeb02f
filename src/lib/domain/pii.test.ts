import { describe, expect, it } from 'vitest';
import * as sut from './pii';

type Found = [sut.PiiKind, string][];

/** Each row: an opinion's text and the personal data in it, as [kind, the text found]. */
const cases: [string, Found][] = [
	// e-mail
	['Proszę o odpowiedź na anna.kowalska@example.org.', [['email', 'anna.kowalska@example.org']]],
	[
		'Piszcie: jan_nowak+konsultacje@poczta.onet.pl',
		[['email', 'jan_nowak+konsultacje@poczta.onet.pl']]
	],
	['Adres wspolnota@um.warszawa.pl działa?', [['email', 'wspolnota@um.warszawa.pl']]],
	['Konto @warszawa na portalu i strona um.warszawa.pl', []],
	// phone
	['Mój numer: +48 600 700 800, proszę dzwonić.', [['phone', '+48 600 700 800']]],
	['Telefon 600-700-800 po 17.', [['phone', '600-700-800']]],
	['tel. 600700800', [['phone', '600700800']]],
	['Sekretariat: (22) 123 45 67.', [['phone', '(22) 123 45 67']]],
	['Dzwonić pod 22 1234567 rano.', [['phone', '22 1234567']]],
	['Numer 0048 512 34 56 78 jest mój.', [['phone', '0048 512 34 56 78']]],
	['Zadzwoń: 22-123-45-67', [['phone', '22-123-45-67']]],
	['W 2018 roku było nas 120 osób.', []],
	['Budżet to 1 200 zł na osobę.', []],
	['Projekt kosztował 600 700 800 zł, za dużo.', []],
	['Budżet programu wynosi 120 000 000 rocznie.', []],
	['Spotkanie 29.05.2018, 17.30–20.00.', []],
	['Spotkanie 2018-05-29 było udane.', []],
	['Mój kod opinii to K7F2-9QXM, a drugi 1234-5678.', []],
	['Na program przeznaczono 1.5 mln zł.', []],
	['NIP stowarzyszenia: 525-000-12-34.', []],
	['Konto 12 1020 1026 0000 0422 7020 1111 do wpłat.', []],
	['Kod pocztowy 00-950 Warszawa.', []],
	// PESEL
	['Mój PESEL 44051401359, gdyby był potrzebny.', [['pesel', '44051401359']]],
	['PESEL córki: 00222901239.', [['pesel', '00222901239']]],
	['Zły numer 44051401358 (suma się nie zgadza).', []],
	['Nie ma 13. miesiąca: 44131401350.', []],
	['Nie ma 29 lutego 2100: 00422901235.', []],
	// addresses
	['Spotkanie w CAM, ul. Nowolipie 25b.', [['address', 'ul. Nowolipie 25b']]],
	['Mieszkam przy al. Jana Pawła II 12 m. 4 od lat.', [['address', 'al. Jana Pawła II 12 m. 4']]],
	['Mieszkam przy Marszałkowskiej 10, obok sklepu.', [['address', 'Marszałkowskiej 10']]],
	['Blok na os. Przyjaźni 3 potrzebuje ławek.', [['address', 'os. Przyjaźni 3']]],
	['Urząd: pl. Bankowy 3/5, 00-950 Warszawa.', [['address', 'pl. Bankowy 3/5, 00-950 Warszawa']]],
	['Ul. 3 Maja 5 ma dziurawy chodnik.', [['address', 'Ul. 3 Maja 5']]],
	['Na ulicy Nowy Świat 15 brakuje drzew.', [['address', 'ulicy Nowy Świat 15']]],
	['Ulica Nowolipie jest za wąska.', []],
	['Przy ul. Nowolipie brakuje przejścia.', []],
	['Przy Marszałkowskiej w 2018 r. zamknięto kino.', []],
	['Na ul. Długiej 20% drzew uschło.', []],
	// names
	['Rozmawiałam z Anną Kowalską o skwerze.', [['name', 'Anną Kowalską']]],
	['Opinię przekazała Anna Maria Kowalska-Nowak.', [['name', 'Anna Maria Kowalska-Nowak']]],
	['To pomysł Jana Kowalskiego z Woli.', [['name', 'Jana Kowalskiego']]],
	['Podpisano: Wiśniewska Ewa', [['name', 'Wiśniewska Ewa']]],
	['Pani Nowak prowadzi klub seniora.', [['name', 'Nowak']]],
	['Dziękujemy panu Tomaszowi Zielińskiemu za pomoc.', [['name', 'Tomaszowi Zielińskiemu']]],
	['Poprosiłem panią Wójcik o klucze.', [['name', 'Wójcik']]],
	['Pani Prezydent Warszawy obiecała ławki.', []],
	['Pan Burmistrz nie przyszedł.', []],
	['Pan Bóg raczy wiedzieć, a pan Bogdan Nowak pomoże.', [['name', 'Bogdan Nowak']]],
	['Szkoła Podstawowa im. Marii Konopnickiej organizuje piknik.', []],
	['Na ulicy Jana Kochanowskiego jest ciemno.', []],
	['Kościół Świętej Anny był pełen.', []],
	['Wczoraj Anna przyniosła ciasto.', []],
	['Anna przyniosła ciasto, Marek grill.', []],
	['Pola Mokotowskie to nasz park.', []],
	['Wiosną Warszawa Wschodnia wygląda lepiej.', []],
	['Konsultacje w maju (29 maja) były dobre.', []],
	// several kinds at once
	[
		'Jan Nowak, ul. Długa 5, tel. 600 700 800, jan.nowak@example.com',
		[
			['name', 'Jan Nowak'],
			['address', 'ul. Długa 5'],
			['phone', '600 700 800'],
			['email', 'jan.nowak@example.com']
		]
	],
	[
		'Pan Jan z os. Przyjaźni 3 m. 12 ma PESEL 02270803624.',
		[
			['name', 'Jan'],
			['address', 'os. Przyjaźni 3 m. 12'],
			['pesel', '02270803624']
		]
	]
];

describe('detectPersonalData', () => {
	it.each(cases)('%j', (text, expected) => {
		const found = sut.detectPersonalData(text).map((s) => [s.kind, text.slice(s.start, s.end)]);

		expect(found).toEqual(expected);
	});

	it('has a table of at least forty cases, negatives among them', () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
		expect(cases.filter(([, found]) => found.length === 0).length).toBeGreaterThanOrEqual(15);
	});
});

describe('redact', () => {
	const labels: Record<sut.PiiKind, string> = {
		email: '[e-mail]',
		phone: '[telefon]',
		pesel: '[PESEL]',
		address: '[adres]',
		name: '[imię i nazwisko]'
	};

	it('replaces each span by its label and keeps the rest', () => {
		const text = 'Jan Nowak, przy Marszałkowskiej 10, tel. 600 700 800 — więcej ławek!';

		expect(sut.redact(text, (kind) => labels[kind])).toBe(
			'[imię i nazwisko], przy [adres], tel. [telefon] — więcej ławek!'
		);
	});

	it('leaves a text without personal data as it was', () => {
		const text = 'Więcej ławek na skwerze przy Nowolipkach.';

		expect(sut.redact(text, (kind) => labels[kind])).toBe(text);
	});
});

describe('redactWith', () => {
	it('applies hand-picked spans in text order, whatever order they come in', () => {
		const spans: sut.PiiSpan[] = [
			{ kind: 'phone', start: 10, end: 13 },
			{ kind: 'name', start: 0, end: 3 }
		];

		expect(sut.redactWith('Ala i kot 123.', spans, (kind) => `<${kind}>`)).toBe(
			'<name> i kot <phone>.'
		);
	});
});

describe('isPesel', () => {
	it.each([
		['44051401359', true],
		['02270803624', true],
		['44051401358', false],
		['4405140135', false],
		['4405140135x', false]
	])('%s → %s', (digits, expected) => {
		expect(sut.isPesel(digits)).toBe(expected);
	});
});

describe('segmentsOf', () => {
	it('cuts the text into plain stretches and marked spans', () => {
		const text = 'Anna Kowalska, tel. 600 700 800';

		expect(sut.segmentsOf(text, sut.detectPersonalData(text))).toEqual([
			{ text: 'Anna Kowalska', kind: 'name' },
			{ text: ', tel. ', kind: null },
			{ text: '600 700 800', kind: 'phone' }
		]);
	});
});
