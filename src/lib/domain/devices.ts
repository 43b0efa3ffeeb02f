export const DEVICE_STATUSES = ['pending', 'active', 'revoked'] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

/** A device waits for pairing until a tablet redeems its code, and stays revoked for good. */
export function deviceStatus(device: {
	paired_at: string | null;
	revoked_at: string | null;
}): DeviceStatus {
	if (device.revoked_at) return 'revoked';
	return device.paired_at ? 'active' : 'pending';
}

/** What staff see once after adding a device or asking for a new code. */
export interface PairingView {
	deviceId: number;
	name: string;
	code: string;
	expiresAt: string;
	/** `/kiosk?code=…` on this server: what the QR code holds. */
	url: string;
	qrSvg: string;
}
