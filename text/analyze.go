package text

// Analysis is a document's normalised text with its tokens and sentences.
type Analysis struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
}

// Analyze normalises s and splits it into tokens and sentences.
func (n *Normalizer) Analyze(s string) Analysis {
	t := n.Normalize(s)
	toks := Tokenize(t)
	return Analysis{Text: t, Tokens: toks, Sentences: Segment(t, toks)}
}

// SentenceText returns the text of sentence i.
func (a *Analysis) SentenceText(i int) string {
	s := a.Sentences[i]
	return a.Text[s.Start:s.End]
}
