// Command traintagger trains the part-of-speech tagger of text/postag.
//
//	go run ./internal/tools/traintagger -treebanks /work/shared/data/treebanks
//
// trains on UD English EWT (dev and test) and the Brown corpus, writes
// text/postag/model.bin and reports accuracy on UD English PUD, which it
// never trains on. With -dev it instead holds out EWT test and a tenth of
// Brown for tuning, and writes nothing unless -out is given.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/entente/entente/text/postag"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "traintagger:", err)
		os.Exit(1)
	}
}

type options struct {
	treebanks  string
	out        string
	dev        bool
	iters      int
	seed       uint64
	ewtRepeat  int
	caps       float64
	title      float64
	prune      postag.Pruning
	confusions int
	sweep      string
	dropout    float64
	names      float64
	headline   float64
}

func run() error {
	var o options
	flag.StringVar(&o.treebanks, "treebanks", "/work/shared/data/treebanks", "directory with the UD files and brown/")
	flag.StringVar(&o.out, "out", "", "model file to write (default text/postag/model.bin, none with -dev)")
	flag.BoolVar(&o.dev, "dev", false, "hold out EWT test and every tenth Brown file for tuning")
	flag.IntVar(&o.iters, "iter", 8, "training passes")
	flag.Uint64Var(&o.seed, "seed", 1, "random seed for shuffling and augmentation")
	flag.IntVar(&o.ewtRepeat, "ewt-repeat", 3, "times each EWT sentence is seen per pass; EWT is native PTB, Brown mapped")
	flag.Float64Var(&o.dropout, "dropout", 0.25, "share of words whose identity is hidden in training, to learn unknown words")
	flag.Float64Var(&o.names, "names", 0.2, "share of proper nouns swapped for another in training")
	flag.Float64Var(&o.caps, "caps", 0.07, "share of training sentences put in capitals")
	flag.Float64Var(&o.title, "title", 0.1, "share of training sentences put in title case")
	flag.Float64Var(&o.headline, "headline", 0.2, "share of training sentences whose articles are dropped, as in headlines")
	flag.IntVar(&o.prune.MinSeen, "min-seen", 5, "drop features that fired fewer times")
	flag.Float64Var(&o.prune.MinWeight, "min-weight", 1, "drop averaged weights of smaller magnitude")
	flag.IntVar(&o.prune.DictMinCount, "dict-min-count", 10, "tag dictionary: words seen at least this often per training pass (EWT words -ewt-repeat times)...")
	flag.Float64Var(&o.prune.DictMinShare, "dict-min-share", 0.99, "...with one tag at least this share of the time")
	flag.IntVar(&o.confusions, "confusions", 20, "print this many of the commonest errors")
	flag.StringVar(&o.sweep, "sweep", "", "try settings min-seen:min-weight:dict-min-count:dict-min-share,... and report size and accuracy")
	flag.Parse()
	if o.out == "" && !o.dev {
		o.out = filepath.Join("text", "postag", "model.bin")
	}

	tb := func(name string) string { return filepath.Join(o.treebanks, name) }
	heldOut := func(name string) bool { return strings.HasSuffix(name, "0") }
	var ewt, evalUD, brown, evalBrown []sentence
	var err error
	load := func(dst *[]sentence, path string) {
		if err != nil {
			return
		}
		var s []sentence
		s, err = readCoNLLU(path)
		*dst = append(*dst, s...)
	}
	load(&ewt, tb("en_ewt-ud-dev.conllu"))
	if o.dev {
		load(&evalUD, tb("en_ewt-ud-test.conllu"))
	} else {
		load(&ewt, tb("en_ewt-ud-test.conllu"))
		load(&evalUD, tb("en_pud-ud-test.conllu"))
	}
	if err != nil {
		return err
	}
	brown, err = readBrown(tb("brown"), func(n string) bool { return !o.dev || !heldOut(n) })
	if err != nil {
		return err
	}
	if o.dev {
		evalBrown, err = readBrown(tb("brown"), heldOut)
		if err != nil {
			return err
		}
	}

	tags := tagSet(ewt, brown)
	tr, err := postag.NewTrainer(tags, postag.TrainOptions{WordDropout: o.dropout, Seed: o.seed})
	if err != nil {
		return err
	}
	index := make(map[string]int, len(tags))
	for i, t := range tags {
		index[t] = i
	}
	type instance struct {
		s       sentence
		allowed []uint64
	}
	var train []instance
	for rep := 0; rep < o.ewtRepeat; rep++ {
		for _, s := range ewt {
			train = append(train, instance{s, masks(s, index)})
		}
	}
	for _, s := range brown {
		train = append(train, instance{s, masks(s, index)})
	}
	vocab := map[string]bool{}
	for _, in := range train {
		tr.Count(in.s.words, in.allowed)
		for _, w := range in.s.words {
			vocab[strings.ToLower(w)] = true
		}
	}
	fmt.Printf("training on %d EWT sentences (×%d) and %d Brown sentences, %d tags\n",
		len(ewt), o.ewtRepeat, len(brown), len(tags))

	aug := newAugmenter(o.caps, o.title, o.headline, o.names, ewt, brown)
	fmt.Printf("%d names to swap\n", len(aug.names))
	r := rand.New(rand.NewPCG(o.seed, 0x7a66e4))
	start := time.Now()
	for it := 0; it < o.iters; it++ {
		r.Shuffle(len(train), func(i, j int) { train[i], train[j] = train[j], train[i] })
		correct, known := 0, 0
		for _, in := range train {
			c, k := tr.Learn(aug.augment(in.s, r, in.allowed))
			correct += c
			known += k
		}
		fmt.Printf("pass %d: %.4f on training data (%s)\n", it+1, float64(correct)/float64(known), time.Since(start).Round(time.Second))
	}

	if o.sweep != "" {
		for _, setting := range strings.Split(o.sweep, ",") {
			p := o.prune
			if _, err := fmt.Sscanf(setting, "%d:%g:%d:%g", &p.MinSeen, &p.MinWeight, &p.DictMinCount, &p.DictMinShare); err != nil {
				return fmt.Errorf("bad -sweep setting %q: %w", setting, err)
			}
			model, st, err := tr.Model(p)
			if err != nil {
				return err
			}
			tagger, err := postag.New(model)
			if err != nil {
				return err
			}
			fmt.Printf("pruning %+v: %d features, %d weights, %d words, %d bytes\n", p, st.Features, st.Weights, st.Dict, st.Bytes)
			report(tagger, "  eval", evalUD, vocab, 0)
		}
	}

	model, st, err := tr.Model(o.prune)
	if err != nil {
		return err
	}
	fmt.Printf("model: %d features, %d weights, %d dictionary words, %d bytes\n", st.Features, st.Weights, st.Dict, st.Bytes)
	tagger, err := postag.New(model)
	if err != nil {
		return err
	}
	name := "PUD (held out)"
	if o.dev {
		name = "EWT test (dev)"
	}
	report(tagger, name, evalUD, vocab, o.confusions)
	if o.dev {
		report(tagger, "Brown held-out files", evalBrown, vocab, o.confusions)
	}
	if o.out != "" {
		if err := os.WriteFile(o.out, model, 0o644); err != nil {
			return fmt.Errorf("writing model: %w", err)
		}
		fmt.Println("wrote", o.out)
	}
	return nil
}

// tagSet lists the PTB tags of the training data, commonest first.
func tagSet(corpora ...[]sentence) []string {
	count := map[string]int{}
	for _, c := range corpora {
		for _, s := range c {
			for _, ts := range s.tags {
				for _, t := range ts {
					count[t]++
				}
			}
		}
	}
	tags := make([]string, 0, len(count))
	for t := range count {
		tags = append(tags, t)
	}
	sort.Slice(tags, func(i, j int) bool {
		if count[tags[i]] != count[tags[j]] {
			return count[tags[i]] > count[tags[j]]
		}
		return tags[i] < tags[j]
	})
	return tags
}

func masks(s sentence, index map[string]int) []uint64 {
	m := make([]uint64, len(s.words))
	for i, ts := range s.tags {
		for _, t := range ts {
			m[i] |= 1 << index[t]
		}
	}
	return m
}

// report prints the accuracy of tagger on the words of sents whose gold
// tags are known (a word is right if its tag is among them) and the
// commonest confusions.
func report(tagger *postag.Tagger, name string, sents []sentence, vocab map[string]bool, n int) {
	correct, known, oovCorrect, oov := 0, 0, 0, 0
	confused := map[string]int{}
	examples := map[string]map[string]int{}
	var out []string
	for _, s := range sents {
		out = tagger.Tag(s.words, out)
		for i, ts := range s.tags {
			if len(ts) == 0 {
				continue
			}
			known++
			ok := false
			for _, t := range ts {
				ok = ok || t == out[i]
			}
			unseen := !vocab[strings.ToLower(s.words[i])]
			if unseen {
				oov++
			}
			if ok {
				correct++
				if unseen {
					oovCorrect++
				}
			} else {
				k := strings.Join(ts, "|") + " → " + out[i]
				confused[k]++
				if examples[k] == nil {
					examples[k] = map[string]int{}
				}
				examples[k][s.words[i]]++
			}
		}
	}
	fmt.Printf("%s: %.4f accuracy on %d words, %.4f on %d unseen in training\n",
		name, float64(correct)/float64(known), known, float64(oovCorrect)/float64(oov), oov)
	keys := make([]string, 0, len(confused))
	for k := range confused {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return confused[keys[i]] > confused[keys[j]] })
	for i, k := range keys {
		if i == n {
			break
		}
		fmt.Printf("  %5d  %-14s %s\n", confused[k], k, commonest(examples[k], 8))
	}
}

func commonest(m map[string]int, n int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s:%d", k, m[k])
	}
	return strings.Join(parts, " ")
}
