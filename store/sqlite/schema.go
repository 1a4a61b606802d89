package sqlite

// migrations are the schema versions, applied in order on open; the
// database's user_version says how many have been applied. A release only
// ever appends to this list: an applied migration is never edited.
var migrations = []string{
	// 1: documents, actors, events, quotes, and the dyad rollup.
	`
CREATE TABLE actors (
	id   INTEGER PRIMARY KEY,
	code TEXT NOT NULL UNIQUE,
	kind TEXT NOT NULL DEFAULT '',
	name TEXT NOT NULL DEFAULT ''
);

CREATE TABLE outlets (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE
);

CREATE TABLE documents (
	id           INTEGER PRIMARY KEY,
	doc_id       TEXT NOT NULL UNIQUE,
	duplicate_of TEXT,
	url          TEXT NOT NULL DEFAULT '',
	title        TEXT NOT NULL DEFAULT '',
	outlet       INTEGER REFERENCES outlets(id),
	author       TEXT NOT NULL DEFAULT '',
	published    TEXT NOT NULL DEFAULT '',
	day          INTEGER,
	lang         TEXT NOT NULL DEFAULT '',
	sourcing     TEXT,
	text         TEXT,
	ingested_at  INTEGER NOT NULL
);

-- The actors a document mentions, in the order the extraction lists them.
CREATE TABLE doc_actors (
	doc         INTEGER NOT NULL,
	seq         INTEGER NOT NULL,
	actor       INTEGER NOT NULL,
	kind        TEXT NOT NULL,
	name        TEXT NOT NULL,
	affiliation TEXT NOT NULL DEFAULT '',
	role        TEXT NOT NULL DEFAULT '',
	sector      TEXT NOT NULL DEFAULT '',
	mentions    TEXT NOT NULL DEFAULT '[]',
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
CREATE INDEX doc_actors_actor ON doc_actors(actor);

-- day is days since 1970-01-01 of the event's date, or of its document's
-- when the event has none; NULL when neither is known.
CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	doc            INTEGER NOT NULL,
	seq            INTEGER NOT NULL,
	source         INTEGER,
	target         INTEGER,
	type           TEXT NOT NULL,
	mode           TEXT NOT NULL DEFAULT '',
	cameo          TEXT NOT NULL DEFAULT '',
	quad           INTEGER NOT NULL,
	score          REAL NOT NULL,
	negated        INTEGER NOT NULL,
	hypothetical   INTEGER NOT NULL,
	source_mention TEXT NOT NULL DEFAULT '',
	target_mention TEXT NOT NULL DEFAULT '',
	source_sector  TEXT NOT NULL DEFAULT '',
	target_sector  TEXT NOT NULL DEFAULT '',
	trigger        TEXT NOT NULL DEFAULT '',
	date           TEXT NOT NULL DEFAULT '',
	day            INTEGER,
	sentence       TEXT NOT NULL DEFAULT '',
	span_start     INTEGER NOT NULL,
	span_end       INTEGER NOT NULL,
	confidence     REAL NOT NULL DEFAULT 0
);
CREATE INDEX events_source ON events(source, day);
CREATE INDEX events_target ON events(target, day);

CREATE TABLE quotes (
	id            INTEGER PRIMARY KEY,
	doc           INTEGER NOT NULL,
	seq           INTEGER NOT NULL,
	speaker       TEXT NOT NULL DEFAULT '',
	speaker_actor INTEGER,
	anonymous     INTEGER NOT NULL,
	kind          TEXT NOT NULL DEFAULT '',
	verb          TEXT NOT NULL DEFAULT '',
	text          TEXT NOT NULL,
	span_start    INTEGER NOT NULL,
	span_end      INTEGER NOT NULL,
	day           INTEGER
);
CREATE INDEX quotes_actor ON quotes(speaker_actor, day);

-- dyad_day is the rollup that dyad series and blocs read: one row per
-- ordered pair and day, over factual events of documents that are not
-- near-duplicates (a copy is not new evidence), with the events counted per PLOVER type (t0..t15 in the
-- ontology's order). A series is then one range scan of the primary key
-- per direction over at most one row per day, however busy the dyad.
--
-- Distinct documents cannot be added up across days, so each document is
-- counted, when it is stored, on the row of the first day it reports the
-- pair in each week (docs_w), month (docs_m) and year (docs_y); the u*
-- columns do the same for the unordered pair, on the row of the
-- lower-numbered direction when both fall on one day. A bucket's distinct
-- documents are then the sum of its rows' counts.
CREATE TABLE dyad_day (
	source  INTEGER NOT NULL,
	target  INTEGER NOT NULL,
	day     INTEGER NOT NULL,
	month   INTEGER NOT NULL, -- year*12 + month-1, so buckets need no date functions
	n       INTEGER NOT NULL,
	score   REAL NOT NULL,
	t0 INTEGER NOT NULL, t1 INTEGER NOT NULL, t2 INTEGER NOT NULL, t3 INTEGER NOT NULL,
	t4 INTEGER NOT NULL, t5 INTEGER NOT NULL, t6 INTEGER NOT NULL, t7 INTEGER NOT NULL,
	t8 INTEGER NOT NULL, t9 INTEGER NOT NULL, t10 INTEGER NOT NULL, t11 INTEGER NOT NULL,
	t12 INTEGER NOT NULL, t13 INTEGER NOT NULL, t14 INTEGER NOT NULL, t15 INTEGER NOT NULL,
	docs    INTEGER NOT NULL,
	docs_w  INTEGER NOT NULL,
	docs_m  INTEGER NOT NULL,
	docs_y  INTEGER NOT NULL,
	udocs   INTEGER NOT NULL,
	udocs_w INTEGER NOT NULL,
	udocs_m INTEGER NOT NULL,
	udocs_y INTEGER NOT NULL,
	PRIMARY KEY (source, target, day)
) WITHOUT ROWID;

-- dyad_outlet says which outlets reported a pair on a day, for counting
-- distinct outlets over any bucket; it has at most a row per outlet and
-- day, however many documents they published. Unlike dyad_day it includes
-- near-duplicates: a syndicated story reached every outlet that ran it.
CREATE TABLE dyad_outlet (
	source INTEGER NOT NULL,
	target INTEGER NOT NULL,
	day    INTEGER NOT NULL,
	outlet INTEGER NOT NULL,
	month  INTEGER NOT NULL,
	PRIMARY KEY (source, target, day, outlet)
) WITHOUT ROWID;
`,
}
