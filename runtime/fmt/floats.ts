// Go's strconv float formatting for fmt and print: %e %f %g (shortest and fixed precision), float32
// shortest digits, and the runtime's print format (+1.500000e+000).
//
// Invariants: strings returned are ASCII. Shortest digits come from JS (same shortest-uniquely-identifying,
// closest choice as Go's Ryu/Grisu paths); float32 shortest is searched by precision with Math.fround.
// Known difference: fixed-precision rounding of exact binary ties follows JS (half away from zero) where
// Go rounds half to even (e.g. %.2f of 0.125).

/** Digits is a decimal digit string d1d2...dn meaning 0.d1d2...dn * 10^dp. */
interface Digits {
  d: string;
  dp: number;
}

function shortestDigits(v: number, bits: 32 | 64): Digits {
  let s: string;
  if (bits === 32) {
    s = v.toExponential();
    for (let p = 1; p <= 9; p++) {
      const t = v.toExponential(p - 1);
      if (Math.fround(Number(t)) === v) {
        s = t;
        break;
      }
    }
  } else s = v.toExponential();
  return parseExp(s);
}

function parseExp(s: string): Digits {
  const [mant, exp] = s.split('e') as [string, string];
  let d = mant.replace('.', '').replace('-', '');
  d = d.replace(/0+$/, '');
  if (d === '') return { d: '0', dp: 1 };
  return { d, dp: Number(exp) + 1 };
}

function precDigits(v: number, sig: number): Digits {
  return parseExp(v.toExponential(Math.min(Math.max(sig - 1, 0), 100)));
}

function expStr(e: number): string {
  const a = Math.abs(e);
  return (e < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

function fmtE(dg: Digits, prec: number, upper: boolean): string {
  const digits = dg.d === '0' ? '0' : dg.d;
  let out = digits[0] ?? '0';
  const rest = digits.slice(1).padEnd(prec, '0').slice(0, prec);
  if (prec > 0) out += '.' + rest;
  const e = dg.d === '0' ? 0 : dg.dp - 1;
  return out + (upper ? 'E' : 'e') + expStr(e);
}

function fmtF(dg: Digits, prec: number): string {
  let intPart: string;
  let frac: string;
  if (dg.d === '0') {
    intPart = '0';
    frac = '';
  } else if (dg.dp <= 0) {
    intPart = '0';
    frac = '0'.repeat(-dg.dp) + dg.d;
  } else {
    intPart = dg.d.slice(0, dg.dp).padEnd(dg.dp, '0');
    frac = dg.d.slice(dg.dp);
  }
  frac = frac.padEnd(prec, '0').slice(0, prec);
  return prec > 0 ? intPart + '.' + frac : intPart;
}

/** formatFloat is strconv.FormatFloat(v, verb, prec, bits) for verbs e E f F g G (prec -1 = shortest). */
export function formatFloat(v: number, verb: string, prec: number, bits: 32 | 64): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const neg = v < 0 || Object.is(v, -0);
  const a = Math.abs(v);
  const shortest = prec < 0;
  let body: string;
  switch (verb) {
    case 'e':
    case 'E': {
      const dg = shortest ? shortestDigits(a, bits) : precDigits(a, prec + 1);
      body = fmtE(dg, shortest ? dg.d.length - 1 : prec, verb === 'E');
      break;
    }
    case 'f':
    case 'F': {
      if (shortest) {
        const dg = shortestDigits(a, bits);
        body = fmtF(dg, Math.max(dg.d.length - dg.dp, 0));
      } else body = fixed(a, prec);
      break;
    }
    default: {
      // g / G
      let p = prec;
      if (p === 0) p = 1;
      const dg = shortest ? shortestDigits(a, bits) : precDigits(a, p);
      let eprec = p;
      if (!shortest && eprec > dg.d.length && dg.d.length >= dg.dp) eprec = dg.d.length;
      if (shortest) eprec = 6;
      const exp = dg.dp - 1;
      if (dg.d !== '0' && (exp < -4 || exp >= eprec)) {
        body = fmtE(dg, dg.d.length - 1, verb === 'G');
      } else body = fmtF(dg, Math.max(dg.d.length - dg.dp, 0));
      break;
    }
  }
  return (neg ? '-' : '') + body;
}

/** roundHalfEven rounds the exact decimal expansion `exact` (digits with a '.') to prec fraction digits. */
function roundHalfEven(exact: string, prec: number): string {
  const dot = exact.indexOf('.');
  const intPart = dot < 0 ? exact : exact.slice(0, dot);
  const frac = dot < 0 ? '' : exact.slice(dot + 1);
  const kept = intPart + frac.slice(0, prec).padEnd(prec, '0');
  const rest = frac.slice(prec);
  const last = Number(kept[kept.length - 1] ?? '0');
  const up =
    rest[0] !== undefined &&
    (rest[0] > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || last % 2 === 1)));
  let digits = kept;
  if (up) digits = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
  const ip = digits.slice(0, digits.length - prec) || '0';
  return prec > 0 ? ip + '.' + digits.slice(digits.length - prec) : ip;
}

function fixed(a: number, prec: number): string {
  if (a < 1e21 && prec <= 100) return roundHalfEven(a.toFixed(100), prec);
  const dg = parseExp(a.toExponential(20));
  if (a >= 1e21) {
    const i = BigInt(a).toString();
    return prec > 0 ? i + '.' + '0'.repeat(prec) : i;
  }
  return fmtF(dg, prec);
}

/** printFloat is the runtime's print/println float format: `+1.500000e+000`, `NaN`, `+Inf`. */
export function printFloat(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const neg = v < 0 || Object.is(v, -0);
  const dg = v === 0 ? { d: '0', dp: 1 } : precDigits(Math.abs(v), 7);
  const e = v === 0 ? 0 : dg.dp - 1;
  const digits = dg.d.padEnd(7, '0');
  const ae = Math.abs(e);
  const es = (e < 0 ? '-' : '+') + String(ae).padStart(3, '0');
  return (neg ? '-' : '+') + digits[0] + '.' + digits.slice(1, 7) + 'e' + es;
}
