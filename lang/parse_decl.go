package lang

// The hand-written parser's declarations at the top level of a script:
// parameters, metrics, config, map declarations, macros, enums, C structs
// and either (parser.go describes the parser).

// param declares a script parameter (pParam).
func (p *scriptParser) param(c *cursor) (_ *pParam, err *syntaxError) {
	defer func() { c.note(err) }()
	d := &pParam{Pos: p.posAt(c)}
	if !p.lit(c, "param") {
		return nil, nil
	}
	var ok bool
	if d.Name, ok = p.ref(c, tokIdent); !ok {
		return nil, p.fail(c, "a name")
	}
	if d.Type, ok = p.ref(c, tokIdent); !ok {
		return nil, p.fail(c, "a name")
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		lo, err := p.paramValue(b)
		if lo == nil {
			return false, err
		}
		if !p.lit(b, "..") {
			return false, p.fail(b, `".."`)
		}
		var hi *pParamValue
		if _, err := p.opt(b, func(b *cursor) (bool, *syntaxError) {
			v, err := p.paramValue(b)
			hi = v
			return v != nil, err
		}); err != nil {
			return false, err
		}
		d.Min, d.Max = lo, hi
		return true, nil
	}); err != nil {
		return nil, err
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, "=") {
			return false, nil
		}
		v, err := p.needParamValue(b)
		if err != nil {
			return false, err
		}
		d.Default = v
		return true, nil
	}); err != nil {
		return nil, err
	}
	d.Help = p.refPtr(c, tokString)
	p.lit(c, ";")
	return d, nil
}

// needParamValue is a value where the grammar requires one.
func (p *scriptParser) needParamValue(c *cursor) (*pParamValue, *syntaxError) {
	v, err := p.paramValue(c)
	if err == nil && v == nil {
		err = p.fail(c, "a value")
	}
	return v, err
}

// paramValue is a number with an optional unit, a string or a word
// (pParamValue).
func (p *scriptParser) paramValue(c *cursor) (_ *pParamValue, err *syntaxError) {
	defer func() { c.note(err) }()
	v := &pParamValue{Pos: p.posAt(c)}
	ok, err := p.alts(c,
		func(b *cursor) (bool, *syntaxError) {
			neg := p.lit(b, "-")
			n, ok := p.ref(b, tokInt)
			if !ok {
				return false, p.fail(b, "a number")
			}
			v.Neg, v.Int, v.Unit = neg, &n, p.refPtr(b, tokIdent)
			return true, nil
		},
		func(b *cursor) (bool, *syntaxError) { v.Str = p.refPtr(b, tokString); return v.Str != nil, nil },
		func(b *cursor) (bool, *syntaxError) { v.Word = p.refPtr(b, tokIdent); return v.Word != nil, nil },
	)
	if !ok {
		return nil, err
	}
	return v, nil
}

// metric is a metric declaration (pMetric).
func (p *scriptParser) metric(c *cursor) (_ *pMetric, err *syntaxError) {
	defer func() { c.note(err) }()
	m := &pMetric{Pos: p.posAt(c)}
	if !p.lit(c, "metric") {
		return nil, nil
	}
	var ok bool
	if m.Map, ok = p.ref(c, tokMap); !ok {
		return nil, p.fail(c, "a map")
	}
	if m.Name, ok = p.ref(c, tokIdent); !ok {
		return nil, p.fail(c, "a name")
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, "(") {
			return false, nil
		}
		labels, err := p.labelList(b)
		if err != nil {
			return false, err
		}
		if !p.lit(b, ")") {
			return false, p.fail(b, `")"`)
		}
		m.Labels = labels
		return true, nil
	}); err != nil {
		return nil, err
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, "{") {
			return false, nil
		}
		consts, err := commaList(p, b, p.constLabel, expectConstLabel)
		if err == nil && consts == nil {
			err = p.fail(b, expectConstLabel)
		}
		if err != nil {
			return false, err
		}
		if !p.lit(b, "}") {
			return false, p.fail(b, `"}"`)
		}
		m.Const = consts
		return true, nil
	}); err != nil {
		return nil, err
	}
	for {
		l := p.labelName(c)
		if l == nil {
			break
		}
		m.Words = append(m.Words, l)
	}
	m.Help = p.refPtr(c, tokString)
	p.lit(c, ";")
	return m, nil
}

// labelList is label names separated by commas, one at least.
func (p *scriptParser) labelList(c *cursor) ([]*pLabelName, *syntaxError) {
	list, err := commaList(p, c, func(b *cursor) (*pLabelName, *syntaxError) { return p.labelName(b), nil }, expectLabel)
	if err == nil && list == nil {
		err = p.fail(c, expectLabel)
	}
	return list, err
}

// labelName is a name with its position (pLabelName).
func (p *scriptParser) labelName(c *cursor) *pLabelName {
	t := p.peek(c)
	if t.Type != tokIdent {
		return nil
	}
	p.next(c)
	return &pLabelName{Pos: p.position(t), Name: t.Value}
}

// constLabel is name=value in a metric's braces (pConstLabel).
func (p *scriptParser) constLabel(c *cursor) (_ *pConstLabel, err *syntaxError) {
	defer func() { c.note(err) }()
	l := &pConstLabel{Pos: p.posAt(c)}
	var ok bool
	if l.Name, ok = p.ref(c, tokIdent); !ok {
		return nil, nil
	}
	if !p.lit(c, "=") {
		return nil, p.fail(c, `"="`)
	}
	switch t := p.peek(c); t.Type {
	case tokString, tokInt, tokParam:
		p.next(c)
		l.Value = t.Value
	default:
		return nil, p.fail(c, expectConstValue)
	}
	return l, nil
}

// config is the config block or a config line (pConfig).
func (p *scriptParser) config(c *cursor) (_ *pConfig, err *syntaxError) {
	defer func() { c.note(err) }()
	d := &pConfig{Pos: p.posAt(c)}
	if !p.lit(c, "config") {
		return nil, nil
	}
	ok, err := p.alts(c,
		func(b *cursor) (bool, *syntaxError) {
			if !p.lit(b, "=") {
				return false, nil
			}
			if !p.lit(b, "{") {
				return false, p.fail(b, `"{"`)
			}
			for p.lit(b, ";") || p.lit(b, ",") {
			}
			var items []*pConfigItem
			if err := p.star(b, func(b *cursor) (bool, *syntaxError) {
				it, err := p.configItem(b)
				if it == nil {
					return false, err
				}
				for p.lit(b, ";") || p.lit(b, ",") {
				}
				items = append(items, it)
				return true, nil
			}); err != nil {
				return false, err
			}
			if !p.lit(b, "}") {
				return false, p.fail(b, `"}"`)
			}
			d.Items = items
			return true, nil
		},
		func(b *cursor) (bool, *syntaxError) { v, err := p.configItem(b); d.Line = v; return v != nil, err },
	)
	if err == nil && !ok {
		err = p.fail(c, expectConfig)
	}
	if err != nil {
		return nil, err
	}
	p.lit(c, ";")
	return d, nil
}

// configItem is name = value (pConfigItem).
func (p *scriptParser) configItem(c *cursor) (_ *pConfigItem, err *syntaxError) {
	defer func() { c.note(err) }()
	it := &pConfigItem{Pos: p.posAt(c)}
	var ok bool
	if it.Name, ok = p.ref(c, tokIdent); !ok {
		return nil, nil
	}
	if !p.lit(c, "=") {
		return nil, p.fail(c, `"="`)
	}
	if it.Value, err = p.needParamValue(c); err != nil {
		return nil, err
	}
	return it, nil
}

// mapDecl declares a map's kind and size (pMapDecl).
func (p *scriptParser) mapDecl(c *cursor) (_ *pMapDecl, err *syntaxError) {
	defer func() { c.note(err) }()
	d := &pMapDecl{Pos: p.posAt(c)}
	if !p.lit(c, "let") {
		return nil, nil
	}
	var ok bool
	if d.Map, ok = p.ref(c, tokMap); !ok {
		return nil, p.fail(c, "a map")
	}
	if !p.lit(c, "=") {
		return nil, p.fail(c, `"="`)
	}
	kind := p.labelName(c)
	if kind == nil {
		return nil, p.fail(c, expectLabel)
	}
	d.Kind = *kind
	if !p.lit(c, "(") {
		return nil, p.fail(c, `"("`)
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		args, err := commaList(p, b, p.paramValue, "a value")
		if args == nil {
			return false, err
		}
		d.Args = args
		return true, nil
	}); err != nil {
		return nil, err
	}
	if !p.lit(c, ")") {
		return nil, p.fail(c, `")"`)
	}
	p.lit(c, ";")
	return d, nil
}

// macro defines a macro (pMacro).
func (p *scriptParser) macro(c *cursor) (_ *pMacro, err *syntaxError) {
	defer func() { c.note(err) }()
	m := &pMacro{Pos: p.posAt(c)}
	if !p.lit(c, "macro") {
		return nil, nil
	}
	var ok bool
	if m.Name, ok = p.ref(c, tokIdent); !ok {
		return nil, p.fail(c, "a name")
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, "(") {
			return false, nil
		}
		var params []*pMacroParam
		if _, err := p.opt(b, func(b *cursor) (bool, *syntaxError) {
			list, err := commaList(p, b, func(b *cursor) (*pMacroParam, *syntaxError) { return p.macroParam(b), nil }, expectMacroParam)
			if list == nil {
				return false, err
			}
			params = list
			return true, nil
		}); err != nil {
			return false, err
		}
		if !p.lit(b, ")") {
			return false, p.fail(b, `")"`)
		}
		m.Params = params
		return true, nil
	}); err != nil {
		return nil, err
	}
	if m.Body, err = p.needBlock(c); err != nil {
		return nil, err
	}
	return m, nil
}

// macroParam is one of a macro's parameters (pMacroParam).
func (p *scriptParser) macroParam(c *cursor) *pMacroParam {
	t := p.peek(c)
	switch t.Type {
	case tokVar, tokMap, tokIdent:
		p.next(c)
		return &pMacroParam{Pos: p.position(t), Name: t.Value}
	}
	return nil
}

// enum is a C enum (pEnum).
func (p *scriptParser) enum(c *cursor) (_ *pEnum, err *syntaxError) {
	defer func() { c.note(err) }()
	e := &pEnum{Pos: p.posAt(c)}
	if !p.lit(c, "enum") {
		return nil, nil
	}
	e.Name, _ = p.ref(c, tokIdent)
	if !p.lit(c, "{") {
		return nil, p.fail(c, `"{"`)
	}
	if err = p.star(c, func(b *cursor) (bool, *syntaxError) {
		v, err := p.enumValue(b)
		if v == nil {
			return false, err
		}
		p.lit(b, ",")
		e.Values = append(e.Values, v)
		return true, nil
	}); err != nil {
		return nil, err
	}
	if !p.lit(c, "}") {
		return nil, p.fail(c, `"}"`)
	}
	p.lit(c, ";")
	return e, nil
}

// enumValue is one name of an enum and its value (pEnumValue).
func (p *scriptParser) enumValue(c *cursor) (_ *pEnumValue, err *syntaxError) {
	defer func() { c.note(err) }()
	v := &pEnumValue{Pos: p.posAt(c)}
	var ok bool
	if v.Name, ok = p.ref(c, tokIdent); !ok {
		return nil, nil
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, "=") {
			return false, nil
		}
		neg := p.lit(b, "-")
		n, ok := p.ref(b, tokInt)
		if !ok {
			return false, p.fail(b, "a number")
		}
		v.Neg, v.Value = neg, &n
		return true, nil
	}); err != nil {
		return nil, err
	}
	return v, nil
}

// either states alternative sets of probes (pEither).
func (p *scriptParser) either(c *cursor) (_ *pEither, err *syntaxError) {
	defer func() { c.note(err) }()
	e := &pEither{Pos: p.posAt(c)}
	if !p.lit(c, "either") {
		return nil, nil
	}
	a, err := p.needAlt(c)
	if err != nil {
		return nil, err
	}
	e.Alts = append(e.Alts, a)
	if err = p.star(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, "or") {
			return false, nil
		}
		a, err := p.needAlt(b)
		if err != nil {
			return false, err
		}
		e.Alts = append(e.Alts, a)
		return true, nil
	}); err != nil {
		return nil, err
	}
	return e, nil
}

// needAlt is an either's set of probes in parentheses (pAlt).
func (p *scriptParser) needAlt(c *cursor) (_ *pAlt, err *syntaxError) {
	a := &pAlt{Pos: p.posAt(c)}
	if !p.lit(c, "(") {
		return nil, p.fail(c, expectAlt)
	}
	defer func() { c.note(err) }()
	if err = p.star(c, func(b *cursor) (bool, *syntaxError) {
		pr, err := p.probe(b)
		if pr == nil {
			return false, err
		}
		a.Probes = append(a.Probes, pr)
		return true, nil
	}); err != nil {
		return nil, err
	}
	if !p.lit(c, ")") {
		return nil, p.fail(c, `")"`)
	}
	a.EndPos = p.posAt(c)
	return a, nil
}

// cStruct is a C struct or union definition (pCStruct).
func (p *scriptParser) cStruct(c *cursor) (_ *pCStruct, err *syntaxError) {
	defer func() { c.note(err) }()
	d := &pCStruct{Pos: p.posAt(c)}
	switch v := p.peek(c).Value; v {
	case "struct", "union":
		p.next(c)
		d.Tag = v
	default:
		return nil, nil
	}
	var ok bool
	if d.Name, ok = p.ref(c, tokIdent); !ok {
		return nil, p.fail(c, "a name")
	}
	if !p.lit(c, "{") {
		return nil, p.fail(c, `"{"`)
	}
	if d.Fields, err = p.cFields(c); err != nil {
		return nil, err
	}
	if !p.lit(c, "}") {
		return nil, p.fail(c, expectStructEnd)
	}
	if err = p.star(c, func(b *cursor) (bool, *syntaxError) {
		a, err := p.cAttr(b)
		if a == nil {
			return false, err
		}
		d.Attrs = append(d.Attrs, a)
		return true, nil
	}); err != nil {
		return nil, err
	}
	p.lit(c, ";")
	return d, nil
}

// cFields is a struct's member declarations.
func (p *scriptParser) cFields(c *cursor) ([]*pCField, *syntaxError) {
	var fields []*pCField
	err := p.star(c, func(b *cursor) (bool, *syntaxError) {
		f, err := p.cField(b)
		if f == nil {
			return false, err
		}
		fields = append(fields, f)
		return true, nil
	})
	return fields, err
}

// cAttr is an __attribute__((name)) or __attribute__((name(N))) (pCAttr).
func (p *scriptParser) cAttr(c *cursor) (_ *pCAttr, err *syntaxError) {
	defer func() { c.note(err) }()
	a := &pCAttr{Pos: p.posAt(c)}
	if !p.lit(c, "__attribute__") {
		return nil, nil
	}
	for i := 0; i < 2; i++ {
		if !p.lit(c, "(") {
			return nil, p.fail(c, `"("`)
		}
	}
	var ok bool
	if a.Name, ok = p.ref(c, tokIdent); !ok {
		return nil, p.fail(c, "a name")
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, "(") {
			return false, nil
		}
		n, ok := p.ref(b, tokInt)
		if !ok {
			return false, p.fail(b, "a number")
		}
		if !p.lit(b, ")") {
			return false, p.fail(b, `")"`)
		}
		a.Arg = &n
		return true, nil
	}); err != nil {
		return nil, err
	}
	for i := 0; i < 2; i++ {
		if !p.lit(c, ")") {
			return nil, p.fail(c, `")"`)
		}
	}
	return a, nil
}

// cField is one member declaration of a C struct (pCField).
func (p *scriptParser) cField(c *cursor) (_ *pCField, err *syntaxError) {
	defer func() { c.note(err) }()
	f := &pCField{Pos: p.posAt(c)}
	for {
		w, ok := p.ref(c, tokIdent)
		if !ok {
			break
		}
		f.Words = append(f.Words, w)
	}
	if f.Words == nil {
		return nil, nil
	}
	if _, err = p.opt(c, func(b *cursor) (bool, *syntaxError) {
		body, err := p.cBody(b)
		f.Inner = body
		return body != nil, err
	}); err != nil {
		return nil, err
	}
	f.Stars = p.stars(c)
	f.Name, _ = p.ref(c, tokIdent)
	if err = p.star(c, func(b *cursor) (bool, *syntaxError) {
		if !p.lit(b, "[") {
			return false, nil
		}
		n, ok := p.ref(b, tokInt)
		if !ok {
			return false, p.fail(b, "a number")
		}
		if !p.lit(b, "]") {
			return false, p.fail(b, `"]"`)
		}
		f.Dims = append(f.Dims, n)
		return true, nil
	}); err != nil {
		return nil, err
	}
	p.lit(c, ";")
	return f, nil
}

// cBody is the members of a struct or union defined inside a member
// declaration (pCBody).
func (p *scriptParser) cBody(c *cursor) (_ *pCBody, err *syntaxError) {
	defer func() { c.note(err) }()
	if !p.lit(c, "{") {
		return nil, nil
	}
	body := &pCBody{}
	if body.Fields, err = p.cFields(c); err != nil {
		return nil, err
	}
	if !p.lit(c, "}") {
		return nil, p.fail(c, `"}"`)
	}
	return body, nil
}
