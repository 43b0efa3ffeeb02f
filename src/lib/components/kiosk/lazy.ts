/**
 * Code only staff use is kept out of what the kiosk runs before its first screen. The staff
 * corner is fetched right after, while the tablet is surely online (it must be, to pair): staff
 * may open it offline hours later, and a worker that failed to install would not have it cached.
 * The pairing form is fetched only by a tablet that is not paired.
 */
let staffParts: Promise<typeof import('./staff')> | undefined;

export function loadStaffParts() {
	staffParts ??= import('./staff').catch((error: unknown) => {
		staffParts = undefined;
		throw error;
	});
	return staffParts;
}

export const loadPairing = () => import('./pairing-parts');
