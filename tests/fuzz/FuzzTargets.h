#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <stdexcept>

// The bodies of the libFuzzer targets in this folder, shared with tst_fuzz_regressions, which
// replays the seed corpora and every saved crash or slow input through the same functions.
//
// Each function feeds one input to one entry point of the core and checks what must hold for
// any input. Expected refusals (ArticleFileError, StoreError) are part of the contract and are
// caught; any other exception, a sanitizer report, a crash or a broken invariant (FuzzFailure,
// which a fuzz target lets escape so that libFuzzer reports it) is a bug.
namespace feder::fuzz {

class FuzzFailure : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

// Front matter + body: ArticleFile::parse, then the canonical write must read back to itself.
void articleFile(const QByteArray &data);
// The Markdown body through BodyRenderer (cmark-gfm + containers + HtmlSanitizer) and the raw
// bytes through HtmlSanitizer: the output must hold only allowlisted elements, attributes and URLs,
// and the block cache must give what a fresh render gives. Two documents split at a NUL byte are
// rendered one after the other by the same renderer (typing from the first to the second).
void render(const QByteArray &data);
// SpellTokenizer (Markdown and plain) and SpellDocument with the de-DE checker; tokens and findings
// must lie inside the text; suggestions for the first finding (when the input's length is a
// multiple of 4: they are slow).
void spelling(const QByteArray &data);
// "START END\n" OLD-TEXT [NUL NEW-TEXT]: an anchor on OLD at [START, END) follows the edit from
// OLD to NEW and is re-anchored on NEW; ranges must stay inside the text, and re-anchoring on the
// unchanged text must find the anchor where it was.
void anchor(const QByteArray &data);
// ReviewExchange::importReview into a fresh copy of a small store that already holds two articles,
// one with a thread and a reply from tests/fuzz/review-template.federreview (so the merge and
// conflict paths are reached too); what was imported must export again.
void reviewImport(const QByteArray &data);

struct Target
{
    const char *name;   // the fuzzer's name (fuzz_<name>) and its corpus folder
    void (*run)(const QByteArray &);
};
const QList<Target> &targets();
const Target *target(const QString &name);

// Loads what the targets share once (the de-DE dictionary, the template store), so the first
// input is not slower than the others. Needs a QCoreApplication.
void initialize();

} // namespace feder::fuzz
