package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlToText turns a fragment of HTML (a feed item's content) into plain
// text: tags dropped, entities decoded, block elements and <br> as line
// breaks, scripts and styles left out, runs of spaces collapsed.
func htmlToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return collapseSpaces(s)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return collapseSpaces(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case atom.Br:
				b.WriteByte('\n')
			default:
				if blockElements[a] {
					b.WriteString("\n\n")
				}
			}
		}
	}
}

// blockElements are the elements whose text stands apart from the text
// around it: a paragraph, a heading, a list item, a table row, a cell.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Dd: true, atom.Dt: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Figure: true, atom.Figcaption: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Table: true, atom.Caption: true, atom.Hr: true, atom.Main: true, atom.Nav: true,
	atom.Address: true, atom.Details: true, atom.Summary: true,
}

// nodeText renders a parsed HTML tree as plain text with one blank line
// between blocks, so that headlines, captions and paragraphs stay apart
// for sentence segmentation.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			// trafilatura trims the text around elements in the tree it
			// returns, so adjacent texts are joined with a space, as its
			// own ContentText does ("INC.</td><td>113.40").
			b.WriteByte(' ')
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br:
				b.WriteByte('\n')
				return
			}
			// trafilatura renames elements to its own tags (head, item,
			// list, quote, cell, row, lb); treat those as blocks too.
			block := blockElements[n.DataAtom] || trafilaturaBlocks[n.Data]
			if n.Data == "lb" {
				b.WriteByte('\n')
			}
			if block {
				b.WriteString("\n\n")
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			if block {
				b.WriteString("\n\n")
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return collapseSpaces(b.String())
}

var trafilaturaBlocks = map[string]bool{
	"head": true, "item": true, "list": true, "quote": true, "cell": true, "row": true, "code": false,
}

// collapseSpaces trims each line, collapses runs of spaces and tabs, and
// keeps at most one blank line between paragraphs.
func collapseSpaces(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var b strings.Builder
	blank := false
	for _, l := range lines {
		l = strings.Join(strings.Fields(strings.ReplaceAll(l, "\u00a0", " ")), " ")
		if l == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			if blank {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}
