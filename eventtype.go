package entente

import "fmt"

// EventType is one of the 16 PLOVER v2.0 event types.
type EventType string

// The PLOVER event types.
const (
	Agree     EventType = "AGREE"
	Consult   EventType = "CONSULT"
	Support   EventType = "SUPPORT"
	Concede   EventType = "CONCEDE"
	Cooperate EventType = "COOPERATE"
	Aid       EventType = "AID"
	Retreat   EventType = "RETREAT"
	Request   EventType = "REQUEST"
	Accuse    EventType = "ACCUSE"
	Reject    EventType = "REJECT"
	Threaten  EventType = "THREATEN"
	Protest   EventType = "PROTEST"
	Sanction  EventType = "SANCTION"
	Mobilize  EventType = "MOBILIZE"
	Coerce    EventType = "COERCE"
	Assault   EventType = "ASSAULT"
)

// Quad classes of PLOVER.
const (
	VerbalCooperation   = 1
	MaterialCooperation = 2
	VerbalConflict      = 3
	MaterialConflict    = 4
)

// TypeInfo is what PLOVER says of an event type: its quad class, its
// conflict–cooperation score and the CAMEO root it maps back to.
type TypeInfo struct {
	Quad  int
	Score float64
	CAMEO string
}

// EventTypes lists the PLOVER types in the ontology's order.
func EventTypes() []EventType {
	return []EventType{Agree, Consult, Support, Concede, Cooperate, Aid, Retreat,
		Request, Accuse, Reject, Threaten, Protest, Sanction, Mobilize, Coerce, Assault}
}

// Info returns the quad, score and CAMEO root of t; ok is false for a type
// that is not PLOVER's.
func (t EventType) Info() (info TypeInfo, ok bool) {
	switch t {
	case Agree:
		return TypeInfo{VerbalCooperation, 2.5, "03"}, true
	case Consult:
		return TypeInfo{VerbalCooperation, 2.5, "04"}, true
	case Support:
		return TypeInfo{VerbalCooperation, 5, "05"}, true
	case Concede:
		return TypeInfo{VerbalCooperation, 4.5, "08"}, true
	case Cooperate:
		return TypeInfo{MaterialCooperation, 9.5, "06"}, true
	case Aid:
		return TypeInfo{MaterialCooperation, 10, "07"}, true
	case Retreat:
		return TypeInfo{MaterialCooperation, 6.5, "08"}, true
	case Request:
		return TypeInfo{VerbalConflict, 0, "02"}, true
	case Accuse:
		return TypeInfo{VerbalConflict, -3, "11"}, true
	case Reject:
		return TypeInfo{VerbalConflict, -2, "12"}, true
	case Threaten:
		return TypeInfo{VerbalConflict, -3.5, "13"}, true
	case Protest:
		return TypeInfo{MaterialConflict, -5, "14"}, true
	case Sanction:
		return TypeInfo{MaterialConflict, -6, "16"}, true
	case Mobilize:
		return TypeInfo{MaterialConflict, -5.5, "15"}, true
	case Coerce:
		return TypeInfo{MaterialConflict, -7, "17"}, true
	case Assault:
		return TypeInfo{MaterialConflict, -9, "19"}, true
	}
	return TypeInfo{}, false
}

// ParseEventType reads an event type name, in any case.
func ParseEventType(s string) (EventType, error) {
	t := EventType(upperASCII(s))
	if _, ok := t.Info(); !ok {
		return "", fmt.Errorf("unknown PLOVER event type %q", s)
	}
	return t, nil
}

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}
