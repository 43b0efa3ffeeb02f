import { describe, expect, it } from 'vitest';
import { stripReply } from './reply';

const sut = (...lines: string[]) => stripReply(lines.join('\n'));

describe('stripReply', () => {
	it('keeps a plain letter as it is, a ">" inside a sentence included', () => {
		const letter = 'Dzień dobry,\n\nławek jest za mało: potrzeby > możliwości.\n\nPozdrawiam';
		expect(stripReply(letter)).toBe(letter);
	});

	it.each([
		['Thunderbird (pl)', 'W dniu 3.06.2024 o 10:00, Urząd pisze:'],
		['Gmail (pl)', 'pon., 3 cze 2024 o 10:00 Urząd <wspolnota@um.warszawa.pl> napisał(a):'],
		[
			'Apple Mail (pl)',
			'Wiadomość napisana przez Urząd <u@example.org> w dniu 3.06.2024, o godz. 10:00:'
		],
		['Gmail (en)', 'On Mon, 3 Jun 2024 at 10:00, City Office <u@example.org> wrote:']
	])('drops a quoted reply under a %s header', (_, header) => {
		expect(sut('Więcej ławek.', '', header, '> Prosimy o opinie.', '> Urząd')).toBe(
			'Więcej ławek.'
		);
	});

	it('recognises a reply header wrapped over two lines', () => {
		expect(
			sut(
				'Więcej ławek.',
				'',
				'On Mon, 3 Jun 2024 at 10:00, City Office <',
				'u@example.org> wrote:',
				'',
				'> Prosimy o opinie.'
			)
		).toBe('Więcej ławek.');
		expect(
			sut('Więcej ławek.', 'pon., 3 cze 2024 o 10:00 Urząd <u@example.org>', 'napisał(a):', '> x')
		).toBe('Więcej ławek.');
	});

	it('keeps answers written between quoted lines', () => {
		expect(
			sut(
				'W dniu 3.06.2024 o 10:00, Urząd pisze:',
				'> Co lubisz?',
				'Skwer.',
				'> Czego brak?',
				'Ławek.'
			)
		).toBe('Skwer.\nŁawek.');
	});

	it('keeps a resident quoting someone in their own words', () => {
		expect(sut('Sąsiad napisał:', 'trzeba posadzić drzewa.')).toBe(
			'Sąsiad napisał:\ntrzeba posadzić drzewa.'
		);
	});

	it.each([
		['-----Original Message-----'],
		['-----Wiadomość oryginalna-----'],
		['________________________________', 'From: City Office <u@example.org>'],
		['From: City Office <u@example.org>'],
		['Od: Urząd <u@example.org>'],
		['-- ']
	])('cuts everything from %j on', (...marker) => {
		expect(
			sut('Więcej ławek.', '', ...marker, 'Wysłano: poniedziałek, 3 czerwca 2024 10:00', 'Treść')
		).toBe('Więcej ławek.');
	});

	it('keeps a line beginning "Od:" that is not a mail header', () => {
		expect(sut('Od: mieszkanki Bielan', 'Proszę o ławki.')).toBe(
			'Od: mieszkanki Bielan\nProszę o ławki.'
		);
	});

	it.each([
		"Wysłano z iPhone'a",
		'Sent from my iPhone',
		'Pobierz aplikację Outlook dla systemu Android'
	])('drops the "%s" footer', (footer) => {
		expect(sut('Więcej ławek.', '', footer)).toBe('Więcej ławek.');
	});

	it('drops an old message after a reply header even when it is not quoted with ">"', () => {
		expect(sut('Tak.', 'W dniu 3.06.2024 o 10:00, Urząd pisze:', 'Prosimy o opinie.')).toBe('Tak.');
	});

	it('tolerates CRLF and tidies blank lines', () => {
		expect(stripReply('\r\nA\r\n\r\n\r\n\r\nB  \r\n> q\r\n')).toBe('A\n\nB');
	});
});
