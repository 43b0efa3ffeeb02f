import type { KappaBand } from '$lib/domain/kappa';
import { m } from '$lib/paraglide/messages';

/** κ with two decimals in the reader's convention: „0,62” in Polish, "0.62" in English. */
export function formatKappa(kappa: number, locale: string): string {
	return new Intl.NumberFormat(locale, {
		minimumFractionDigits: 2,
		maximumFractionDigits: 2
	}).format(kappa);
}

export const bandLabel: Record<KappaBand, () => string> = {
	poor: m.agr_band_poor,
	slight: m.agr_band_slight,
	fair: m.agr_band_fair,
	moderate: m.agr_band_moderate,
	substantial: m.agr_band_substantial,
	almost_perfect: m.agr_band_almost_perfect
};
