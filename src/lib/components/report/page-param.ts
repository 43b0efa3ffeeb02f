/** The zestawienie's page from `?strona=N`; anything but a positive number is the first page. */
export function reportPageParam(url: URL): number {
	const value = url.searchParams.get('strona') ?? '';
	return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}

/** A published version's number from the path; null for anything but a positive integer. */
export function versionParam(value: string): number | null {
	return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}
