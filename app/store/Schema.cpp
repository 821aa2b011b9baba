// The store's schema, one migration per version. Never edit a released step: add a new one.
#include "Database.h"
#include "Migrator.h"
#include "SearchText.h"
#include "markdown/VisibleText.h"

namespace feder {

namespace {

// Version 1: the whole data model of DESIGN.md. Every entity carries a UUID so that copies of a
// store can be merged later, and ISO-8601 UTC timestamps.
const char *const kSchemaV1 = R"sql(
CREATE TABLE authors (
    id       INTEGER PRIMARY KEY,
    uuid     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL UNIQUE,
    role     TEXT NOT NULL DEFAULT '',
    created  TEXT NOT NULL,
    updated  TEXT NOT NULL
);

CREATE TABLE categories (
    id       INTEGER PRIMARY KEY,
    uuid     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    created  TEXT NOT NULL,
    updated  TEXT NOT NULL
);

CREATE TABLE assets (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    sha256        TEXT NOT NULL UNIQUE,
    mime          TEXT NOT NULL,
    original_name TEXT NOT NULL DEFAULT '',
    bytes         BLOB NOT NULL,
    created       TEXT NOT NULL
);

CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    slug            TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    body_md         TEXT NOT NULL DEFAULT '',
    language        TEXT NOT NULL DEFAULT 'de-DE'
                    CHECK (language IN ('de-DE', 'de-AT', 'de-CH', 'en-US')),
    status          TEXT NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'review', 'revision', 'approved', 'published')),
    author_id       INTEGER REFERENCES authors(id) ON DELETE RESTRICT,
    category_id     INTEGER REFERENCES categories(id) ON DELETE RESTRICT,
    excerpt         TEXT NOT NULL DEFAULT '',
    teaser_asset_id INTEGER REFERENCES assets(id) ON DELETE SET NULL,
    teaser_alt      TEXT NOT NULL DEFAULT '',
    seo_title       TEXT NOT NULL DEFAULT '',
    seo_description TEXT NOT NULL DEFAULT '',
    extra_yaml      TEXT NOT NULL DEFAULT '',
    created         TEXT NOT NULL,
    updated         TEXT NOT NULL
);
CREATE INDEX articles_author ON articles(author_id);
CREATE INDEX articles_category ON articles(category_id);

-- Related posts are kept by slug, not by foreign key: a related article may be imported later,
-- and a deleted one must stay visible as missing instead of vanishing.
CREATE TABLE article_related (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    related_slug TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_related_slug ON article_related(related_slug);

CREATE TABLE revisions (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name       TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT '',
    snapshot   TEXT NOT NULL,
    created    TEXT NOT NULL
);
CREATE INDEX revisions_article ON revisions(article_id, created);

CREATE TABLE annotations (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    parent_id   INTEGER REFERENCES annotations(id) ON DELETE CASCADE,
    field       TEXT NOT NULL DEFAULT 'body',
    start_pos   INTEGER NOT NULL DEFAULT 0,
    end_pos     INTEGER NOT NULL DEFAULT 0,
    quote       TEXT NOT NULL DEFAULT '',
    prefix      TEXT NOT NULL DEFAULT '',
    suffix      TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
    orphaned    INTEGER NOT NULL DEFAULT 0,
    created     TEXT NOT NULL,
    updated     TEXT NOT NULL
);
CREATE INDEX annotations_article ON annotations(article_id);

CREATE TABLE dictionary (
    id      INTEGER PRIMARY KEY,
    uuid    TEXT NOT NULL UNIQUE,
    word    TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL
);

CREATE TABLE article_ignored_words (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    word       TEXT NOT NULL,
    PRIMARY KEY (article_id, word)
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Full-text index over the article text. External content: the text lives once, in articles;
-- the triggers below keep the index in step, so no caller can forget to.
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, excerpt, body,
    content = 'articles', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 2"
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_fts(rowid, title, excerpt, body)
    VALUES (new.id, new.title, new.excerpt, new.body_md);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, excerpt, body)
    VALUES ('delete', old.id, old.title, old.excerpt, old.body_md);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, excerpt, body_md ON articles BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, excerpt, body)
    VALUES ('delete', old.id, old.title, old.excerpt, old.body_md);
    INSERT INTO article_fts(rowid, title, excerpt, body)
    VALUES (new.id, new.title, new.excerpt, new.body_md);
END;
)sql";

// Version 2: the library must list 10,000 articles quickly and search them the German way.
// - articles.word_count: visible words, kept by the store on every save (no Markdown parsing
//   when listing);
// - articles.deleted: the trash (a deleted article can be restored until the trash is emptied);
// - the full-text index holds folded text (ä→ae, ß→ss, …, see SearchText.h) written by the
//   store instead of raw text copied by triggers, so "Strasse" finds "Straße".
void migrateToV2(Database &db)
{
    db.exec(R"sql(
        DROP TRIGGER articles_fts_insert;
        DROP TRIGGER articles_fts_delete;
        DROP TRIGGER articles_fts_update;
        DROP TABLE article_fts;
        CREATE VIRTUAL TABLE article_fts USING fts5(title, excerpt, body, tokenize = "unicode61 remove_diacritics 2");
        ALTER TABLE articles ADD COLUMN word_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN deleted TEXT;
        CREATE INDEX articles_updated ON articles(updated);
    )sql");
    Statement read(db, "SELECT id, title, excerpt, body_md FROM articles");
    Statement count(db, "UPDATE articles SET word_count = ? WHERE id = ?");
    Statement index(db, "INSERT INTO article_fts (rowid, title, excerpt, body) VALUES (?, ?, ?, ?)");
    while (read.step()) {
        const qint64 id = read.integer(0);
        count.bind(1, VisibleText::wordCount(read.text(3))).bind(2, id).run();
        index.bind(1, id).bind(2, foldForSearch(read.text(1))).bind(3, foldForSearch(read.text(2)))
             .bind(4, foldForSearch(read.text(3))).run();
    }
}

// Version 3: the workflow history (who moved an article to which status, and when).
const char *const kSchemaV3 = R"sql(
CREATE TABLE status_changes (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    who         TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL
);
CREATE INDEX status_changes_article ON status_changes(article_id, at);
)sql";

} // namespace

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> steps = {
        {1, QStringLiteral("articles, authors, categories, assets, revisions, annotations, "
                           "dictionary, settings, full-text index"),
         [](Database &db) { db.exec(kSchemaV1); }},
        {2, QStringLiteral("word counts, German-folded full-text index"), migrateToV2},
        {3, QStringLiteral("workflow history"), [](Database &db) { db.exec(kSchemaV3); }},
    };
    return steps;
}

} // namespace feder
