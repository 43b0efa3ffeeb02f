import { formatDate } from '$lib/domain/format';
import { CHANNELS, RESPONSE_STATUSES, SPEAKER_KINDS } from '$lib/domain/vocabularies';
import { channelLabel, responseStatusLabel, speakerKindLabel } from '$lib/i18n/labels';

type Labelled = Record<string, (inputs?: Record<string, never>, o?: { locale?: 'pl' }) => string>;

/** The columns of opinions.csv in the bundle, each with its Polish description. */
export const OPEN_DATA_COLUMNS = [
	['lp', 'liczba porządkowa w zestawieniu uwag tej wersji raportu (od 1)'],
	['id', 'numer opinii w systemie Głosy (ten sam w kolejnych wersjach raportu)'],
	['received_at', 'data i godzina wpływu opinii, ISO 8601 w UTC (np. 2018-05-29T15:42:10.123Z)'],
	['channel', 'kanał, którym opinia wpłynęła (wartości niżej)'],
	['speaker_kind', 'kto zgłosił opinię, jeśli to zanotowano (wartości niżej); puste — nie podano'],
	[
		'district',
		'dzielnica Warszawy podana dobrowolnie (kod bez polskich znaków, np. praga-polnoc; outside-warsaw — spoza Warszawy, undisclosed — odmowa podania); puste — nie podano'
	],
	['area_codes', 'numery obszarów programu, do których przypisano opinię, rozdzielone „; ”'],
	['area_names', 'nazwy tych obszarów, w tej samej kolejności, rozdzielone „; ”'],
	['themes', 'tematy przypisane opinii przez analityków, rozdzielone „; ”'],
	[
		'text',
		'treść opinii po anonimizacji: dane osobowe zastąpiono opisem w nawiasach kwadratowych, np. [adres]'
	],
	['response_status', 'stanowisko urzędu (wartości niżej); puste — bez stanowiska'],
	['justification', 'uzasadnienie stanowiska']
] as const;

const values = (codes: readonly string[], labels: Labelled) =>
	codes.map((code) => `\`${code}\` — ${labels[code]!({}, { locale: 'pl' })}`).join('; ');

export interface ReadmeFacts {
	title: string;
	version: number;
	publishedAt: string;
	reportUrl: string;
}

/** README.md of the open-data bundle: Polish, with an English summary at the end. */
export function openDataReadme({ title, version, publishedAt, reportUrl }: ReadmeFacts): string {
	const columns = OPEN_DATA_COLUMNS.map(([name, text]) => `| \`${name}\` | ${text} |`).join('\n');
	return `# Dane otwarte: raport z konsultacji „${title}”

- Wersja raportu: ${version}
- Data publikacji: ${formatDate(publishedAt, 'pl')} (${publishedAt})
- Raport: ${reportUrl}
- Licencja: do uzupełnienia przez urząd

Paczka zawiera dane opublikowanej wersji raportu. Każda wersja jest niezmienna: późniejsze
kodowanie opinii zmienia tylko następne wersje. Teksty opinii są zanonimizowane; paczka nie
zawiera adresów e-mail, kodów opinii ani innych danych kontaktowych.

## Pliki

- \`report.json\` — wszystkie liczby raportu w tej wersji, dokładnie tak, jak je zapisano przy publikacji.
- \`opinions.csv\` — zestawienie uwag: każda opinia liczona w raporcie, ze stanowiskiem urzędu.
- \`README.md\` — ten opis.

## opinions.csv

Kodowanie UTF-8 ze znacznikiem BOM, separator przecinek, wiersze zakończone CRLF, pola z
przecinkiem, cudzysłowem lub nowym wierszem w cudzysłowach. Pierwszy wiersz to nazwy kolumn.
Tekst zaczynający się od znaku = + - @, tabulatora lub powrotu karetki poprzedzono apostrofem ('),
aby arkusz kalkulacyjny nie potraktował go jak formuły.

| Kolumna | Opis |
| --- | --- |
${columns}

Wartości \`channel\`: ${values(CHANNELS, channelLabel)}.

Wartości \`speaker_kind\`: ${values(SPEAKER_KINDS, speakerKindLabel)}.

Wartości \`response_status\`: ${values(RESPONSE_STATUSES, responseStatusLabel)}.

## report.json

Obiekt JSON (wersja formatu w polu \`schema\`). Etykiety słowników (kanały, przedziały wieku,
stanowiska) nie są zapisane — tylko ich kody, jak w opinions.csv; nazwy wpisane przez urząd
(obszary, tematy, wydarzenia) są zapisane tak, jak je wpisano.

| Pole | Opis |
| --- | --- |
| \`schema\` | wersja formatu pliku (1) |
| \`generatedAt\` | chwila obliczenia liczb, ISO 8601 w UTC |
| \`consultation\` | konsultacja: \`slug\`, \`title\`, \`description\`, \`visionText\`, \`opensOn\`, \`closesOn\` (RRRR-MM-DD), \`status\`, \`questions\` (pytania) |
| \`figures\` | liczby główne: \`opinions\` (opinie liczone), \`coded\` (z nich zakodowane), \`excluded\` (odłożone: spam, obraźliwe, nie na temat, duplikaty — nieliczone), \`people\` (uczestnicy wydarzeń), \`events\`, \`meetings\` (spotkania otwarte i warsztaty), \`channels\` (użyte kanały), \`firstAt\`, \`lastAt\` |
| \`channels\` | opinie według kanału: lista \`{ key, n }\` |
| \`events\` | wydarzenia: nazwa, rodzaj, organizator, miejsce, adres, dzielnica, czas, liczba uczestników, liczba opinii, udogodnienia dostępności, stoliki (\`tables\`) |
| \`withoutEvent\` | opinie spoza wydarzeń (formularz, e-mail, karty papierowe) |
| \`districts\` | opinie według dzielnicy (\`none\` — nie podano) |
| \`ageBands\` | opinie według przedziału wieku (\`none\` — nie podano) |
| \`representativeness\` | liczba mieszkańców i opinii w każdej dzielnicy, ze źródłem danych (\`source\`, \`sourceUrl\`, \`asOf\`) |
| \`areas\` | obszary programu: numer, nazwa, liczba opinii, tematy w kolejności liczby opinii, wybrane cytaty (zanonimizowane) |
| \`withoutArea\` | opinie liczone bez przypisanego obszaru |
| \`crossThemes\` | tematy spoza obszarów, w kolejności liczby opinii |
| \`areaByChannel\` | liczba opinii według obszaru (\`areaId\`; null — bez obszaru) i kanału |
| \`overTime\` | opinie według dnia wpływu (czas warszawski, RRRR-MM-DD) |
| \`responses\` | stanowiska: \`total\`, \`none\` (bez stanowiska), \`byStatus\` (według stanowiska) |

Opinia podzielona przez analityków na części liczy się jako jej części; opinia przypisana do
kilku obszarów liczy się w każdym z nich.

## English summary

Open data of version ${version} of the consultation report „${title}”, published on
${publishedAt.slice(0, 10)}. \`report.json\` holds every figure of the report exactly as stored
at publication (codes, not labels; see the table above for the fields). \`opinions.csv\` (UTF-8
with BOM, comma-separated, CRLF) lists every opinion the report counts, with redacted text, its
coding and the office's response; the columns are described in the Polish table above. Text
starting with = + - @, a tab or a carriage return is prefixed with an apostrophe against formula
injection. No e-mail addresses, receipt codes or other contact data are included. Licence: to be
filled in by the office.
`;
}
