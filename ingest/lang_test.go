package ingest

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestDetectLanguage(t *testing.T) {
	cases := []struct{ text, lang string }{
		{"NATO Secretary General Mark Rutte urged the European Union on Saturday to mend its ties with Turkey, saying that the alliance needed Ankara more than ever.", "en"},
		{"Der NATO-Generalsekretär hat die Europäische Union aufgefordert, ihre Beziehungen zur Türkei zu verbessern, da das Bündnis Ankara mehr denn je brauche.", "de"},
		{"Le secrétaire général de l'OTAN a exhorté l'Union européenne à améliorer ses relations avec la Turquie, estimant que l'alliance avait plus que jamais besoin d'Ankara.", "fr"},
		{"El secretario general de la OTAN instó a la Unión Europea a mejorar sus relaciones con Turquía, al considerar que la alianza necesita a Ankara más que nunca.", "es"},
		{"O secretário-geral da NATO pediu à União Europeia que melhore as relações com a Turquia, dizendo que a aliança precisa de Ancara mais do que nunca.", "pt"},
		{"Il segretario generale della NATO ha esortato l'Unione europea a migliorare le relazioni con la Turchia, affermando che l'alleanza ha bisogno di Ankara più che mai.", "it"},
		{"De secretaris-generaal van de NAVO heeft de Europese Unie opgeroepen om de banden met Turkije te herstellen, omdat het bondgenootschap Ankara meer dan ooit nodig heeft.", "nl"},
		{"Генеральный секретарь НАТО призвал Европейский союз улучшить отношения с Турцией, заявив, что альянсу Анкара нужна как никогда.", "ru"},
		{"Генеральний секретар НАТО закликав Європейський союз покращити відносини з Туреччиною, заявивши, що альянсу Анкара потрібна як ніколи.", "uk"},
		{"دعا الأمين العام لحلف شمال الأطلسي الاتحاد الأوروبي إلى تحسين علاقاته مع تركيا، قائلا إن الحلف يحتاج إلى أنقرة أكثر من أي وقت مضى.", "ar"},
		{"北约秘书长敦促欧盟改善与土耳其的关系，称联盟比以往任何时候都更需要安卡拉。", "zh"},
		{"NATO事務総長は、欧州連合に対してトルコとの関係を改善するよう求め、同盟はこれまで以上にアンカラを必要としていると述べた。", "ja"},
		{"Ο γενικός γραμματέας του ΝΑΤΟ κάλεσε την Ευρωπαϊκή Ένωση να βελτιώσει τις σχέσεις της με την Τουρκία.", "el"},
		{"NATO Genel Sekreteri, Avrupa Birliği'ni Türkiye ile ilişkilerini düzeltmeye çağırdı ve ittifakın Ankara'ya her zamankinden daha çok ihtiyaç duyduğunu söyledi, bu çok önemli bir adım olarak görülüyor.", "tr"},
	}
	for _, c := range cases {
		lang, ok := DetectLanguage(c.text)
		if lang != c.lang || !ok {
			t.Errorf("%.40s…: (%q, %v), want (%q, true)", c.text, lang, ok, c.lang)
		}
	}
	for _, short := range []string{"", "NATO", "Rutte in Ankara", "12345 !!!"} {
		if _, ok := DetectLanguage(short); ok {
			t.Errorf("%q: confident", short)
		}
	}
}

// TestDetectLanguageCorpora: every BBC article is confidently English; the
// real feeds are recognised by their items.
func TestDetectLanguageCorpora(t *testing.T) {
	// What matters: no English article is confidently called something
	// else, since that one would be skipped.
	skipped, unsure := 0, 0
	docs := loadNews(t, "bbc_news_2225.jsonl")
	for _, d := range docs {
		lang, ok := DetectLanguage(d.Text)
		switch {
		case ok && lang != "en":
			skipped++
			t.Errorf("%s: (%s, %v)", d.ID, lang, ok)
		case !ok:
			unsure++
			t.Logf("%s: (%s, %v)", d.ID, lang, ok)
		}
	}
	t.Logf("BBC: %d articles, %d confidently non-English, %d unsure", len(docs), skipped, unsure)
	if unsure*100 > len(docs) {
		t.Errorf("%d of %d English articles unsure", unsure, len(docs))
	}
	want := map[string]string{"guardian_us.rss.xml": "en", "heise_developer.atom.xml": "de", "jn_pt_iso8859-1.rss.xml": "pt", "nbc_newyork.rss.xml": "en", "uol_noticias_latin1_nodecl.rss.xml": "pt"}
	for file, lang := range want {
		items := readAll(t, []string{filepath.Join(sharedDir(t), "data", "feeds", file)}, "", Options{})
		var all strings.Builder
		for _, it := range items {
			all.WriteString(it.Doc.Title + ". " + it.Doc.Text + "\n")
		}
		if got, ok := DetectLanguage(all.String()); got != lang || !ok {
			t.Errorf("%s: (%s, %v), want %s", file, got, ok, lang)
		}
	}
}

func BenchmarkDetectLanguage(b *testing.B) {
	docs := loadNews(b, "bbc_news_2225.jsonl")
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	b.SetBytes(n / int64(len(docs)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		DetectLanguage(docs[i%len(docs)].Text)
	}
}
