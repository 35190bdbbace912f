/** Which management UI a network device has, read from its platform, model and vendor texts. */
import type { NetworkDevice } from './types.js';

export type Platform = 'opnsense' | 'pfsense' | 'unifi' | 'other';

/** The platform of `entity`: OPNsense, pfSense, UniFi, or other. */
export function platformOf(entity: NetworkDevice | undefined): Platform {
  const text = `${entity?.platform ?? ''} ${entity?.model ?? ''} ${entity?.vendor ?? ''}`.toLowerCase();
  return text.includes('opnsense') ? 'opnsense' : text.includes('pfsense') ? 'pfsense' : /unifi|ubiquiti/u.test(text) ? 'unifi' : 'other';
}
