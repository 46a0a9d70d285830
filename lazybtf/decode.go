package lazybtf

import (
	"fmt"

	"github.com/cilium/ebpf/btf"
)

// TypeByID returns type id, decoding it and what it refers to if this is
// the first time it is asked for. A struct or union comes without its
// members: Members decodes them.
func (s *Spec) TypeByID(id btf.TypeID) (btf.Type, error) {
	o := s.owner(id)
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.typeByID(id)
}

// TypeID returns the ID of a type this Spec (or its base) returned.
func (s *Spec) TypeID(t btf.Type) (btf.TypeID, error) {
	if _, ok := t.(*btf.Void); ok {
		return 0, nil
	}
	for o := s; o != nil; o = o.base {
		o.mu.Lock()
		id, ok := o.ids[t]
		o.mu.Unlock()
		if ok {
			return id, nil
		}
	}
	return 0, fmt.Errorf("no ID for type %s: %w", t, ErrNotFound)
}

// Members returns the members of a struct or union that s or its base
// returned, decoding them the first time; typedefs and qualifiers are
// looked through. A member's struct or union type is itself a shell
// until Members is called on it. ok is false for a type s did not return
// (a script's own struct, another blob's type) and for a type that is not
// a struct or union.
func (s *Spec) Members(t btf.Type) (members []btf.Member, ok bool, err error) {
	t = btf.UnderlyingType(t)
	if _, isComposite := MembersOf(t); !isComposite {
		return nil, false, nil
	}
	for o := s; o != nil && !ok; o = o.base {
		o.mu.Lock()
		id, shell := o.shells[t]
		_, ok = o.ids[t]
		if shell {
			err = o.complete(t, id)
		}
		o.mu.Unlock()
	}
	if !ok || err != nil {
		return nil, ok, err
	}
	members, _ = MembersOf(t)
	return members, true, nil
}

// MembersOf returns the Members field of a struct or union as it stands
// (for a type from Spec that may still be a shell: ask Spec.Members); ok
// is false for any other type. Typedefs and qualifiers are not looked
// through.
func MembersOf(t btf.Type) (members []btf.Member, ok bool) {
	switch u := t.(type) {
	case *btf.Struct:
		return u.Members, true
	case *btf.Union:
		return u.Members, true
	}
	return nil, false
}

// resolve returns type id for a reference from a type of s: s's own, or
// its base's.
func (s *Spec) resolve(id btf.TypeID) (btf.Type, error) {
	if id < s.firstID && s.base != nil {
		return s.base.TypeByID(id)
	}
	return s.typeByID(id)
}

// typeByID decodes type id of s; s.mu is held.
func (s *Spec) typeByID(id btf.TypeID) (btf.Type, error) {
	if id == 0 {
		return (*btf.Void)(nil), nil
	}
	if t, ok := s.decoded[id]; ok {
		return t, nil
	}
	if id < s.firstID || int(id-s.firstID) >= len(s.offsets) {
		return nil, fmt.Errorf("type ID %d: %w", id, ErrNotFound)
	}
	t, err := s.decode(id)
	if err != nil {
		delete(s.decoded, id)
		return nil, fmt.Errorf("type ID %d: %w", id, err)
	}
	return t, nil
}

// record makes t the type of id before what it refers to is decoded, so
// that a reference back to it (a malformed blob's cycle) finds it.
func (s *Spec) record(id btf.TypeID, t btf.Type) {
	s.decoded[id] = t
	s.ids[t] = id
}

// decode decodes type id, which is in range and not decoded yet.
func (s *Spec) decode(id btf.TypeID) (btf.Type, error) {
	hdr, err := s.typeAt(id)
	if err != nil {
		return nil, err
	}
	data := hdr[typeSize:]
	info := le.Uint32(hdr[4:])
	kind, vlen, flag := info>>24&0x1f, int(info&0xffff), info>>31 == 1
	sizeType := le.Uint32(hdr[8:])
	name, err := s.str(le.Uint32(hdr))
	if err != nil {
		return nil, err
	}
	ref := func(ref uint32, into *btf.Type) error {
		t, err := s.resolve(btf.TypeID(ref))
		*into = t
		return err
	}
	var typ btf.Type
	switch kind {
	case kindInt:
		enc := le.Uint32(data)
		bitOff, nbits := btf.Bits(enc>>16&0xff), btf.Bits(enc&0xff)
		if bitOff > 0 || nbits.Bytes() != sizeType {
			s.legacyBitfields[id] = [2]btf.Bits{bitOff, nbits}
		}
		typ = &btf.Int{Name: name, Size: sizeType, Encoding: btf.IntEncoding(enc >> 24 & 0xf)}
		s.record(id, typ)
	case kindPtr:
		p := &btf.Pointer{}
		s.record(id, p)
		typ = p
		err = ref(sizeType, &p.Target)
	case kindArray:
		a := &btf.Array{Nelems: le.Uint32(data[8:])}
		s.record(id, a)
		typ = a
		if err = ref(le.Uint32(data[4:]), &a.Index); err == nil {
			err = ref(le.Uint32(data), &a.Type)
		}
	case kindStruct, kindUnion:
		if kind == kindStruct {
			typ = &btf.Struct{Name: name, Size: sizeType}
		} else {
			typ = &btf.Union{Name: name, Size: sizeType}
		}
		s.record(id, typ)
		s.shells[typ] = id
		if vlen == 0 {
			err = s.complete(typ, id)
		}
	case kindEnum, kindEnum64:
		en := &btf.Enum{Name: name, Size: sizeType, Signed: flag, Values: make([]btf.EnumValue, 0, vlen)}
		s.record(id, en)
		typ = en
		for i := range vlen {
			v, err := s.enumValue(kind, data, i, flag)
			if err != nil {
				return nil, err
			}
			en.Values = append(en.Values, v)
		}
	case kindFwd:
		kind := btf.FwdStruct
		if flag {
			kind = btf.FwdUnion
		}
		typ = &btf.Fwd{Name: name, Kind: kind}
		s.record(id, typ)
	case kindTypedef:
		td := &btf.Typedef{Name: name}
		s.record(id, td)
		typ = td
		err = ref(sizeType, &td.Type)
	case kindVolatile:
		v := &btf.Volatile{}
		s.record(id, v)
		typ = v
		err = ref(sizeType, &v.Type)
	case kindConst:
		c := &btf.Const{}
		s.record(id, c)
		typ = c
		err = ref(sizeType, &c.Type)
	case kindRestrict:
		r := &btf.Restrict{}
		s.record(id, r)
		typ = r
		err = ref(sizeType, &r.Type)
	case kindFunc:
		fn := &btf.Func{Name: name, Linkage: btf.FuncLinkage(vlen)}
		s.record(id, fn)
		typ = fn
		err = ref(sizeType, &fn.Type)
	case kindFuncProto:
		fp := &btf.FuncProto{}
		s.record(id, fp)
		typ = fp
		params := make([]btf.FuncParam, vlen)
		for i := range params {
			p := data[8*i:]
			if params[i].Name, err = s.str(le.Uint32(p)); err != nil {
				return nil, err
			}
			if err = ref(le.Uint32(p[4:]), &params[i].Type); err != nil {
				return nil, err
			}
		}
		err = ref(sizeType, &fp.Return)
		fp.Params = params
	case kindVar:
		v := &btf.Var{Name: name, Linkage: btf.VarLinkage(le.Uint32(data))}
		s.record(id, v)
		typ = v
		err = ref(sizeType, &v.Type)
	case kindDatasec:
		ds := &btf.Datasec{Name: name, Size: sizeType}
		s.record(id, ds)
		typ = ds
		vars := make([]btf.VarSecinfo, vlen)
		for i := range vars {
			v := data[12*i:]
			vars[i].Offset, vars[i].Size = le.Uint32(v[4:]), le.Uint32(v[8:])
			if err = ref(le.Uint32(v), &vars[i].Type); err != nil {
				return nil, err
			}
		}
		ds.Vars = vars
	case kindFloat:
		typ = &btf.Float{Name: name, Size: sizeType}
		s.record(id, typ)
	case kindTypeTag:
		tt := &btf.TypeTag{Value: name}
		s.record(id, tt)
		typ = tt
		err = ref(sizeType, &tt.Type)
	case kindDeclTag:
		// A decl tag is not a type of its own: the type it names
		// carries it (see applyTags). Asked for by ID, it is an error
		// rather than cilium's unexported declTag.
		return nil, fmt.Errorf("decl tag %q is not a type", name)
	default:
		return nil, fmt.Errorf("unknown kind %d", kind)
	}
	if err != nil {
		return nil, err
	}
	if kind != kindStruct && kind != kindUnion { // complete tags those
		if err := s.applyTags(id, typ); err != nil {
			return nil, err
		}
	}
	return typ, nil
}

// enumValue decodes value i of an enum or enum64 whose values start at data.
func (s *Spec) enumValue(kind uint32, data []byte, i int, signed bool) (btf.EnumValue, error) {
	if kind == kindEnum {
		v := data[8*i:]
		name, err := s.str(le.Uint32(v))
		value := uint64(le.Uint32(v[4:]))
		if signed {
			value = uint64(int32(value))
		}
		return btf.EnumValue{Name: name, Value: value}, err
	}
	v := data[12*i:]
	name, err := s.str(le.Uint32(v))
	return btf.EnumValue{Name: name, Value: uint64(le.Uint32(v[8:]))<<32 | uint64(le.Uint32(v[4:]))}, err
}

// complete decodes the members of shell t, type id; s.mu is held.
func (s *Spec) complete(t btf.Type, id btf.TypeID) error {
	hdr, err := s.typeAt(id)
	if err != nil {
		return err
	}
	info := le.Uint32(hdr[4:])
	vlen, bitfieldFlag := int(info&0xffff), info>>31 == 1
	members := make([]btf.Member, 0, vlen)
	for i := range vlen {
		m := hdr[typeSize+12*i:]
		name, err := s.str(le.Uint32(m))
		if err != nil {
			return fmt.Errorf("type ID %d: member %d: %w", id, i, err)
		}
		typeID := btf.TypeID(le.Uint32(m[4:]))
		mt, err := s.resolve(typeID)
		if err != nil {
			return fmt.Errorf("type ID %d: member %s: %w", id, name, err)
		}
		member := btf.Member{Name: name, Type: mt, Offset: btf.Bits(le.Uint32(m[8:]))}
		if bitfieldFlag {
			member.BitfieldSize = member.Offset >> 24
			member.Offset &= 0xffffff
		} else if lb, ok := s.legacyBitfield(typeID); ok {
			member.Offset += lb[0]
			member.BitfieldSize = lb[1]
		}
		members = append(members, member)
	}
	switch u := t.(type) {
	case *btf.Struct:
		u.Members = members
	case *btf.Union:
		u.Members = members
	}
	delete(s.shells, t)
	return s.applyTags(id, t)
}

// legacyBitfield returns what a member's int type, decoded already,
// encodes of a bitfield; s.mu is held.
func (s *Spec) legacyBitfield(id btf.TypeID) ([2]btf.Bits, bool) {
	if o := s.owner(id); o != s {
		o.mu.Lock()
		defer o.mu.Unlock()
		lb, ok := o.legacyBitfields[id]
		return lb, ok
	}
	lb, ok := s.legacyBitfields[id]
	return lb, ok
}

// applyTags gives type id the decl tags that name it, as cilium does.
func (s *Spec) applyTags(id btf.TypeID, typ btf.Type) error {
	for _, tagID := range s.declTags[id] {
		tag, err := s.typeAt(tagID)
		if err == nil && len(tag) < typeSize+4 {
			err = fmt.Errorf("lazybtf: decl tag %d: data truncated", tagID)
		}
		if err != nil {
			return err
		}
		value, err := s.str(le.Uint32(tag))
		if err != nil {
			return err
		}
		index := int(int32(le.Uint32(tag[typeSize:])))
		bad := func() error {
			return fmt.Errorf("decl tag %q: component %d of %s", value, index, typ)
		}
		switch t := typ.(type) {
		case *btf.Var:
			if index != -1 {
				return bad()
			}
			t.Tags = append(t.Tags, value)
		case *btf.Typedef:
			if index != -1 {
				return bad()
			}
			t.Tags = append(t.Tags, value)
		case *btf.Struct:
			if err := tagComposite(&t.Tags, t.Members, index, value); err != nil {
				return bad()
			}
		case *btf.Union:
			if err := tagComposite(&t.Tags, t.Members, index, value); err != nil {
				return bad()
			}
		case *btf.Func:
			fp, ok := t.Type.(*btf.FuncProto)
			if !ok {
				return bad()
			}
			if len(t.ParamTags) == 0 {
				t.ParamTags = make([][]string, len(fp.Params))
			}
			switch {
			case index >= 0 && index < len(fp.Params):
				t.ParamTags[index] = append(t.ParamTags[index], value)
			case index == -1:
				t.Tags = append(t.Tags, value)
			default:
				return bad()
			}
		default:
			return bad()
		}
	}
	return nil
}

func tagComposite(tags *[]string, members []btf.Member, index int, value string) error {
	switch {
	case index >= 0 && index < len(members):
		members[index].Tags = append(members[index].Tags, value)
	case index == -1:
		*tags = append(*tags, value)
	default:
		return fmt.Errorf("bad index")
	}
	return nil
}
