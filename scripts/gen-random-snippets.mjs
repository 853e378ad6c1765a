// Self-contained statement snippets for scripts/gen-random.mjs: each one exercises one corner of maps, values
// or fmt (NaN and ±0 float keys, indirect big keys/elems, zero-size keys/elems, the map-clear idiom, Go 1.19
// shared loop variables in closures, value copies, slice aliasing, maps of funcs, recursion with a memo map,
// package-level maps, arrays of maps, bytes/runes/strings, method values, padded struct keys, %#v).
//
// Invariants: a snippet is emitted only at the top level of main (never inside a loop or a range body), uses
// fresh names from g.fresh, uses every name it declares, and prints only order-independent results. Package
// declarations it needs are returned by name in `decls` and emitted once (Decls holds their text).

/** Decls are package-level declarations a snippet may need, emitted once each in this order. */
export const Decls = {
  Celsius: 'type Celsius int\n\nfunc (c Celsius) String() string {\n\treturn fmt.Sprintf("%d°C", int(c))\n}',
  Outer:
    'type Inner struct {\n\tv int\n}\n\nfunc (i Inner) get() int {\n\treturn i.v\n}\n\nfunc (i *Inner) set(v int) {\n\ti.v = v\n}\n\ntype Outer struct {\n\tx int\n\tInner\n}',
  Reg: 'type Bag map[string]int\n\nfunc (b Bag) put(k string) int {\n\tb[k]++\n\treturn len(b)\n}\n\ntype Reg struct {\n\tBag\n\tn int\n}',
  P: 'type P struct {\n\ta int8\n\tb int64\n\tc bool\n}',
  fib: 'func fib(n int, memo map[int]int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\tif v, ok := memo[n]; ok {\n\t\treturn v\n\t}\n\tr := fib(n-1, memo) + fib(n-2, memo)\n\tmemo[n] = r\n\treturn r\n}',
  globals:
    'var gm = map[string]int{"x": 1, "y": 2}\n\nvar gcount int\n\nfunc bumpG(k string) int {\n\tgm[k]++\n\tgcount++\n\treturn gm[k]\n}',
};

/** Snippets: name → (g, rng) => names of Decls needed; g.emit writes lines at the current depth. */
export const Snippets = {
  nanKeys(g) {
    const [z, nan, mf] = [g.fresh('zf'), g.fresh('nan'), g.fresh('mf')];
    g.emit(`${z} := float64(cnt - cnt)`);
    g.emit(`${nan} := ${z} / ${z}`);
    g.emit(`${mf} := map[float64]int{}`);
    g.emit(`${mf}[${nan}] = 1`);
    g.emit(`${mf}[${nan}] = 1`);
    g.emit(`${mf}[${z}] = 3`);
    g.emit(`${mf}[-${z}] += 4`);
    g.emit(`${mf}[1.5] -= 2`);
    g.emit(`_, ${nan}Ok := ${mf}[${nan}]`);
    g.emit(`delete(${mf}, ${nan})`);
    g.emit(`fmt.Println(len(${mf}), ${mf}, ${nan}Ok, ${mf}[0])`);
  },
  bigElem(g, rng) {
    const [mb, i, a, x] = [g.fresh('mb'), g.fresh('i'), g.fresh('a'), g.fresh('x')];
    const n = rng.pick([20, 200]);
    g.emit(`${mb} := map[int][20]int{}`);
    g.block(`for ${i} := 0; ${i} < ${n}; ${i}++`, () => {
      g.emit(`var ${a} [20]int`);
      g.emit(`${a}[${i}%20] = ${i}`);
      g.emit(`${mb}[${i}%${rng.pick([7, 150])}] = ${a}`);
    });
    g.emit(`${x} := ${mb}[3]`);
    g.emit(`${x}[0]++`);
    g.emit(`fmt.Println(len(${mb}), ${mb}[3][3], ${x}[0], ${mb}[5], ${mb}[1000])`);
  },
  bigKey(g, rng) {
    const [mk, i] = [g.fresh('mk'), g.fresh('i')];
    g.emit(`${mk} := map[[17]int]string{}`);
    g.block(`for ${i} := 0; ${i} < ${rng.pick([10, 60])}; ${i}++`, () =>
      g.emit(`${mk}[[17]int{${i} % 9, 16: ${i} % 2}] += fmt.Sprint(${i} % 3)`),
    );
    g.emit(`fmt.Println(len(${mk}), ${mk}[[17]int{4, 16: 0}])`);
    g.emit(`acc += len(${mk}[[17]int{1, 16: 1}])`);
  },
  zeroSize(g) {
    const [ms, mz, ok] = [g.fresh('ms'), g.fresh('mz'), g.fresh('ok')];
    g.emit(`${ms} := map[int]struct{}{}`);
    g.emit(`${mz} := map[struct{}]int{}`);
    g.block(`for ${ms}i := 0; ${ms}i < 12; ${ms}i++`, () => {
      g.emit(`${ms}[${ms}i%5] = struct{}{}`);
      g.emit(`${mz}[struct{}{}] += ${ms}i`);
    });
    g.emit(`_, ${ok} := ${ms}[2]`);
    g.emit(`fmt.Println(${ms}, ${mz}, ${ok}, len(${ms}))`);
  },
  mapClear(g, rng) {
    const m = rng.pick(g.maps.filter((x) => x.root === x.expr));
    if (!m) return;
    const k = g.fresh('k');
    g.block(`for ${k} := range ${m.expr}`, () => g.emit(`delete(${m.expr}, ${k})`));
    g.emit(`fmt.Println(len(${m.expr}))`);
  },
  loopClosures(g) {
    const [fs, i, f, k, v] = [g.fresh('fs'), g.fresh('i'), g.fresh('f'), g.fresh('k'), g.fresh('v')];
    g.emit(`var ${fs} []func() int`);
    g.block(`for ${i} := 0; ${i} < 3; ${i}++`, () =>
      g.emit(`${fs} = append(${fs}, func() int { return ${i} * 10 })`),
    );
    g.block(`for ${k}, ${v} := range []int{7, 8}`, () =>
      g.emit(`${fs} = append(${fs}, func() int { return ${k} + ${v} })`),
    );
    g.block(`for _, ${f} := range ${fs}`, () => g.emit(`fmt.Print(${f}(), " ")`));
    g.emit('fmt.Println()');
  },
  valueCopies(g, rng) {
    const [v, a, b] = [g.fresh('v'), g.fresh('a'), g.fresh('b')];
    g.emit(`${v} := V{${rng.range(0, 9)}, "c"}`);
    g.emit(`${a} := [3]V{${v}, ${v}}`);
    g.emit(`${b} := ${a}`);
    g.emit(`${b}[0].x++`);
    g.emit(`${v}.s += "!"`);
    g.emit(`fmt.Println(${v}, ${a}, ${b}, ${a} == ${b}, ${a}[1] == ${b}[1])`);
  },
  sliceAlias(g) {
    const [base, s2, s3] = [g.fresh('base'), g.fresh('s'), g.fresh('s')];
    g.emit(`${base} := []int{1, 2, 3, 4}`);
    g.emit(`${s2} := ${base}[:2]`);
    g.emit(`${s2} = append(${s2}, 99)`);
    g.emit(`${s3} := append(${base}[1:3:3], 5)`);
    g.emit(`${s3}[0] = -1`);
    g.emit(`fmt.Println(${base}, ${s2}, ${s3}, len(${s2}), cap(${s2}), len(${s3}), cap(${s3}))`);
  },
  funcMap(g, rng) {
    const [ops, f, ok] = [g.fresh('ops'), g.fresh('f'), g.fresh('ok')];
    g.emit(`${ops} := map[string]func(int) int{`);
    g.emit('\t"dbl": func(x int) int { return x * 2 },');
    g.emit('\t"neg": func(x int) int { return -x },');
    g.emit('}');
    g.emit(`${ops}["sq"] = func(x int) int { return x * x }`);
    g.emit(`acc += ${ops}["dbl"](acc) + ${ops}["neg"](${rng.range(0, 9)}) + ${ops}["sq"](cnt)`);
    g.block(`if ${f}, ${ok} := ${ops}["missing"]; ${ok}`, () => g.emit(`acc += ${f}(1)`));
    g.emit(`fmt.Println(len(${ops}), ${ops}["missing"] == nil)`);
  },
  memo(g, rng) {
    const memo = g.fresh('memo');
    g.emit(`${memo} := map[int]int{}`);
    g.emit(`fmt.Println(fib(${rng.pick([10, 50, 90])}, ${memo}), len(${memo}))`);
    return ['fib'];
  },
  globals(g, rng) {
    g.emit(`acc += bumpG(${rng.pick(['"x"', '"z"', 'str'])}) + bumpG("x")`);
    g.emit('gm[str] += len(gm)');
    g.emit('fmt.Println(gm, gcount)');
    return ['globals'];
  },
  arrayOfMaps(g, rng) {
    const [am, i] = [g.fresh('am'), g.fresh('i')];
    g.emit(`var ${am} [3]map[string]int`);
    g.block(`for ${i} := range ${am}`, () => g.emit(`${am}[${i}] = map[string]int{"n": ${i}}`));
    g.emit(`${am}[${rng.range(0, 2)}]["a"] += 2`);
    g.emit(`${am}[2]["n"] *= 5`);
    g.emit(`fmt.Println(${am}, len(${am}[1]))`);
  },
  bytesRunes(g) {
    const [bs, s3, rs] = [g.fresh('bs'), g.fresh('s'), g.fresh('rs')];
    g.emit(`${bs} := []byte(str)`);
    g.emit(`${bs} = append(${bs}, '!', 0xff)`);
    g.emit(`${s3} := string(${bs})`);
    g.emit(`${rs} := []rune(${s3})`);
    g.emit(
      `fmt.Println(len(${s3}), len(${rs}), ${s3}[len(${s3})-2], ${s3}[:1], string(rune(-1)), string(${rs}[0]))`,
    );
    g.emit(`fmt.Printf("%q %x %v\\n", ${s3}, ${s3}, ${rs})`);
  },
  methodValue(g, rng) {
    if (!g.tally) return;
    const add = g.fresh('add');
    g.emit(`${add} := ty.add`);
    g.emit(`acc += ${add}(${rng.pick(['"m"', 'str'])}, 3) + ${add}("m", -1)`);
  },
  paddedKeys(g, rng) {
    const [mp, i] = [g.fresh('mp'), g.fresh('i')];
    g.emit(`${mp} := map[P]int{}`);
    g.block(`for ${i} := 0; ${i} < ${rng.pick([9, 40])}; ${i}++`, () =>
      g.emit(`${mp}[P{int8(${i} * 50), int64(${i} % 3), ${i}%4 == 0}] += ${i}`),
    );
    g.emit(`fmt.Println(len(${mp}), ${mp}[P{0, 0, true}], ${mp}[P{50, 1, false}])`);
    return ['P'];
  },
  goSyntax(g, rng) {
    // v2 still offers *V maps (it printed their addresses); v3 keeps every pointer-element map out.
    const m = rng.pick(g.maps.filter((x) => (g.v3 ? !x.elem.startsWith('*') : x.elem !== '*int')));
    if (!m) return;
    g.emit(`fmt.Printf("%#v %#v %#v\\n", ${m.expr}, V{cnt, str}, []int{acc})`);
  },
  counterFactory(g) {
    const [mk, inc, seen] = [g.fresh('mk'), g.fresh('inc'), g.fresh('seen')];
    g.block(`${mk} := func() (func(string) int, map[string]int)`, () => {
      g.emit('m := map[string]int{}');
      g.emit('return func(k string) int { m[k]++; return m[k] }, m');
    });
    g.emit(`${inc}, ${seen} := ${mk}()`);
    g.emit(`${inc}("a")`);
    g.emit(`${inc}(str)`);
    g.emit(`fmt.Println(${seen}, ${inc}("a"), len(${seen}))`);
  },
};

/** SnippetsV2 join Snippets from generator v2 on: promoted methods, Stringer map keys and elements. */
export const SnippetsV2 = {
  promoted(g, rng) {
    const [o, po] = [g.fresh('o'), g.fresh('po')];
    g.emit(`${o} := Outer{x: ${rng.range(0, 9)}, Inner: Inner{v: ${rng.range(10, 19)}}}`);
    g.emit(`${o}.set(${o}.get() + cnt%5)`);
    g.emit(`${po} := &${o}`);
    g.emit(`${po}.set(${po}.get() * 2)`);
    g.emit(`fmt.Println(${o}.get(), ${po}.get(), ${o}.v, ${o}.x, ${o})`);
    return ['Outer'];
  },
  stringer(g, rng) {
    const mc = g.fresh('mc');
    g.emit(`${mc} := map[Celsius]int{${rng.range(-3, 3)}: 1, 40: 2}`);
    g.emit(`${mc}[Celsius(cnt%7)]++`);
    g.emit(`fmt.Println(${mc}, Celsius(acc%100), []Celsius{1, -2}, len(${mc}))`);
    g.emit(`fmt.Printf("%v|%d|%s\\n", Celsius(3), Celsius(4), Celsius(5))`);
    return ['Celsius'];
  },
  embeddedMap(g, rng) {
    const rg = g.fresh('rg');
    g.emit(`${rg} := Reg{Bag: Bag{}, n: ${rng.range(0, 5)}}`);
    g.emit(`${rg}.put("a")`);
    g.emit(`${rg}.n += ${rg}.put(str) + ${rg}.Bag.put("a")`);
    g.emit(`fmt.Println(${rg}.Bag, ${rg}.n, len(${rg}.Bag), ${rg})`);
    return ['Reg'];
  },
};
