import { isIP } from 'node:net';

/** Why an address may not be probed. */
export type BlockedRange =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'unique-local'
  | 'multicast'
  | 'reserved'
  | 'cloud-metadata';

interface Range4 {
  base: number;
  bits: number;
  kind: BlockedRange;
}

const ip4 = (text: string): number => text.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
const r4 = (cidr: string, kind: BlockedRange): Range4 => {
  const [base = '', bits = '32'] = cidr.split('/');
  return { base: ip4(base), bits: Number(bits), kind };
};

/** Most specific first: the metadata addresses sit inside wider ranges. */
const RANGES_V4: readonly Range4[] = [
  r4('169.254.169.254/32', 'cloud-metadata'),
  r4('168.63.129.16/32', 'cloud-metadata'), // Azure wire server
  r4('100.100.100.200/32', 'cloud-metadata'), // Alibaba
  r4('0.0.0.0/8', 'unspecified'),
  r4('127.0.0.0/8', 'loopback'),
  r4('10.0.0.0/8', 'private'),
  r4('172.16.0.0/12', 'private'),
  r4('192.168.0.0/16', 'private'),
  r4('169.254.0.0/16', 'link-local'),
  r4('100.64.0.0/10', 'cgnat'),
  r4('192.0.0.0/24', 'reserved'),
  r4('198.18.0.0/15', 'reserved'),
  r4('224.0.0.0/4', 'multicast'),
  r4('240.0.0.0/4', 'reserved'), // includes 255.255.255.255
];

function inRange4(value: number, range: Range4): boolean {
  const size = 2 ** (32 - range.bits);
  return Math.floor(value / size) === Math.floor(range.base / size);
}

function classify4(text: string): BlockedRange | null {
  const value = ip4(text);
  return RANGES_V4.find((range) => inRange4(value, range))?.kind ?? null;
}

/** Expands an IPv6 literal (with `::` and an optional trailing dotted quad) into 8 groups of 16 bits. */
export function ipv6Groups(text: string): number[] | null {
  let address = text.replace(/^\[|\]$/g, '').split('%')[0] ?? '';
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (dotted?.[1]) {
    const v = ip4(dotted[1]);
    address = `${address.slice(0, -dotted[1].length)}${(v >>> 16).toString(16)}:${(v & 0xffff).toString(16)}`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const v4From = (hi: number, lo: number): string => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;

function classify6(text: string): BlockedRange | null {
  const g = ipv6Groups(text);
  if (!g) return 'reserved';
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const zeroPrefix = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zeroPrefix && g5 === 0 && g6 === 0 && g7 === 0) return 'unspecified';
  if (zeroPrefix && g5 === 0 && g6 === 0 && g7 === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d): judge the embedded IPv4.
  if (zeroPrefix && (g5 === 0xffff || g5 === 0)) return classify4(v4From(g6, g7));
  // IPv4-translated (::ffff:0:a.b.c.d, RFC 2765/SIIT): the embedded IPv4 too
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0xffff && g5 === 0) return classify4(v4From(g6, g7));
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return classify4(v4From(g6, g7));
  if (g0 === 0x2002) return classify4(v4From(g1, g2)); // 6to4
  if (g0 === 0xfd00 && g1 === 0x0ec2 && g7 === 0x254 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0 && g6 === 0) return 'cloud-metadata';
  if ((g0 & 0xfe00) === 0xfc00) return 'unique-local';
  if ((g0 & 0xffc0) === 0xfe80 || (g0 & 0xffc0) === 0xfec0) return 'link-local';
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  if (g0 === 0x2001 && g1 === 0x0db8) return 'reserved'; // documentation
  return null;
}

/** The blocked range an IP literal falls in, or null when it is a public address. Non-IP text is 'reserved'. */
export function blockedRange(address: string): BlockedRange | null {
  const family = isIP(address.replace(/^\[|\]$/g, ''));
  if (family === 4) return classify4(address);
  if (family === 6) return classify6(address);
  return 'reserved';
}
