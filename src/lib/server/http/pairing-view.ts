import QRCode from 'qrcode';
import type { PairingView } from '$lib/domain/devices';
import type { Pairing } from '../services/devices';

/** The QR code is drawn here from our own URL, so the page may inline its SVG. */
export async function pairingView(pairing: Pairing, origin: string): Promise<PairingView> {
	const url = `${origin}/kiosk?code=${pairing.pairingCode}`;
	return {
		deviceId: pairing.device.id,
		name: pairing.device.name,
		code: pairing.pairingCode,
		expiresAt: pairing.expiresAt.toISOString(),
		url,
		qrSvg: await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
	};
}
