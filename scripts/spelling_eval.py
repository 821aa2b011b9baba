#!/usr/bin/env python3
"""Held-out spellcheck evaluation at scale (issue 14, item 1).

Builds a labelled set from the German prose of Debian's German reference manual (package
`debian-reference-de`, /usr/share/debian-reference/debian-reference.de.txt.gz; a benchmark-only
dependency: `apt-get install debian-reference-de`), injects misspellings with an error model of
real German misspellings, and measures `feder spellcheck --json` next to raw hunspell de_DE
(libhunspell through ctypes, same run, same words):

  recall                 injected misspellings flagged
  missed_of_hunspell     misspellings raw hunspell flags that Feder lets through
  false_flags_per_1000   findings on the clean sentences (the same sentences without errors)
  first_suggestion       first suggestion == the original word (over all injected errors)

Deterministic (--seed). Sentences are split by a hash into a tuning part and a held-out part;
a word that is a target in the tuning part is never a target in the held-out part. Rules and
word lists are tuned on the tuning part only; look at the held-out misses only to report them.

Sentences: prose paragraphs of the manual (no tables, headings, command lines), 6-50 words, no
lower-case word raw hunspell rejects (command and package names). Each sentence is used up to
three times in the error set, each copy with one error in another word.

Error model, one error per copy (a word of five or more letters that hunspell accepts):
one-edit typos (letter left out, extra letter from a neighbouring key, two letters swapped,
neighbouring key), doubled / undoubled consonant, ie/ei and i/ie, ss/ß, dt/t and final d/t,
a missing linking -s- after -ung/-heit/-keit/-schaft/-ion/-tät/-ling/-tum, wider/wieder, and
two-word expressions written as one word (gar nicht → garnicht). A generated form that is a
dictionary entry (a real word) is dropped, and no edit touches the last two letters except a
swap (so an inflection is never mistaken for a typo).

Usage: scripts/spelling_eval.py [--feder build/app/feder] [--errors 600] [--seed 14]
                                [--out /tmp/feder-spelling-eval] [--raw-suggest-sample 300]
Prints `bench NAME VALUE UNIT` lines.
"""
import argparse
import collections
import ctypes
import gzip
import hashlib
import json
import multiprocessing
import os
import random
import re
import shutil
import subprocess
import sys

SOURCE = '/usr/share/debian-reference/debian-reference.de.txt.gz'
AFF = '/usr/share/hunspell/de_DE.aff'
DIC = '/usr/share/hunspell/de_DE.dic'
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*")
ALLOWED = re.compile(r"^[A-Za-zÄÖÜäöüß0-9 ,.;:!?„“\"()\-]+$")
ROWS = ['qwertzuiopü', 'asdfghjklöä', 'yxcvbnm']
LINK_HEADS = ['ung', 'heit', 'keit', 'schaft', 'ion', 'tät', 'ling', 'tum']
ONE_WORD = {  # two-word expressions and the one-word misspelling
    'gar nicht': 'garnicht', 'des Weiteren': 'desweiteren', 'im Voraus': 'imvoraus',
    'ohne weiteres': 'ohneweiteres', 'ohne Weiteres': 'ohneweiteres', 'im Allgemeinen': 'imallgemeinen',
    'bis jetzt': 'bisjetzt', 'auf einmal': 'aufeinmal', 'vor allem': 'vorallem',
    'unter anderem': 'unteranderem', 'zum Teil': 'zumteil', 'im Übrigen': 'imübrigen',
    'zu viel': 'zuviel', 'zu wenig': 'zuwenig', 'gar kein': 'garkein', 'gar keine': 'garkeine',
    'des Öfteren': 'desöfteren', 'zu Ende': 'zuende', 'in Bezug': 'inbezug', 'bis dahin': 'bisdahin',
}


class Hunspell:
    def __init__(self):
        lib = ctypes.CDLL('libhunspell-1.7.so.0')
        lib.Hunspell_create.restype = ctypes.c_void_p
        lib.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        lib.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        lib.Hunspell_analyze.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)), ctypes.c_char_p]
        lib.Hunspell_suggest.argtypes = lib.Hunspell_analyze.argtypes
        lib.Hunspell_free_list.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)), ctypes.c_int]
        self.lib = lib
        self.h = lib.Hunspell_create(AFF.encode(), DIC.encode())

    def spell(self, word):
        return self.lib.Hunspell_spell(self.h, word.encode()) != 0

    def _list(self, fn, word):
        out = ctypes.POINTER(ctypes.c_char_p)()
        n = fn(self.h, ctypes.byref(out), word.encode())
        items = [out[i].decode('utf-8', 'replace') for i in range(n)]
        self.lib.Hunspell_free_list(self.h, ctypes.byref(out), n)
        return items

    def is_entry(self, word):
        return bool(self._list(self.lib.Hunspell_analyze, word))

    def suggest(self, word):
        return self._list(self.lib.Hunspell_suggest, word)


_worker = None


def _first_suggestion(word):
    global _worker
    if _worker is None:
        _worker = Hunspell()
    return word, (_worker.suggest(word) or [''])[0]


def sentences():
    text = gzip.open(SOURCE, 'rt', encoding='utf-8').read()
    paragraphs = re.split(r'\n\s*\n', text)
    for para in paragraphs:
        lines = [l for l in para.split('\n')]
        if not lines or any(l.strip().startswith(('+', '|', '$', '#')) for l in lines):
            continue
        lines = [re.sub(r'^\s*[*•]\s+', '', l) for l in lines]  # list items are prose too
        if any(re.match(r'^\s*\d+(\.\d+)*\.?\s', l) for l in lines):
            continue  # headings and tables of contents
        flat = ' '.join(l.strip() for l in lines)
        for sentence in re.split(r'(?<=[.!?])\s+(?=[A-ZÄÖÜ„])', flat):
            sentence = sentence.strip()
            words = sentence.split()
            if not (6 <= len(words) <= 50) or not sentence.endswith(('.', ':')) or not ALLOWED.match(sentence):
                continue
            bare = [w.strip('.,;:!?()„“"') for w in words]
            if any(len(w) > 1 and w[1:].lower() != w[1:] and not w.isupper() for w in bare):
                continue  # CamelCase names and commands
            if '--' in sentence or ' -' in sentence or '- ' in sentence.replace(' - ', ''):
                continue
            yield sentence


def neighbours(c):
    low = c.lower()
    for row in ROWS:
        i = row.find(low)
        if i >= 0:
            return [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
    return []


def keep_case(original, replaced):
    return replaced[0].upper() + replaced[1:] if original[0].isupper() else replaced


def candidates(word):
    """(class, misspelling) pairs for one word; the model's classes."""
    out = []
    n = len(word)
    low = word.lower()
    body = range(1, n - 2)  # never the first letter, never the last two (inflection)
    for i in body:
        out.append(('deletion', word[:i] + word[i + 1:]))
        for k in neighbours(word[i]):
            out.append(('insertion', word[:i + 1] + k + word[i + 1:]))
            out.append(('neighbour_key', word[:i] + k + word[i + 1:]))
    for i in range(1, n - 1):
        if word[i] != word[i + 1]:
            out.append(('swap', word[:i] + word[i + 1] + word[i] + word[i + 2:]))
    for i in body:
        c = word[i]
        if c in 'bdfgklmnprstz' and word[i - 1] in 'aeiouäöü' and word[i + 1] != c and word[i - 1] != c:
            out.append(('doubled', word[:i] + c + word[i:]))
        if word[i] == word[i + 1] and c.isalpha():
            out.append(('undoubled', word[:i] + word[i + 1:]))
    for m in re.finditer('ie', low):
        out.append(('ie_ei', word[:m.start()] + 'ei' + word[m.end():]))
    for m in re.finditer('ei', low):
        if m.start() > 0:
            out.append(('ie_ei', word[:m.start()] + 'ie' + word[m.end():]))
    for m in re.finditer(r'(?<=[bdfglmnprstvz])i(?=[bdglmnrstv])', low):
        out.append(('i_ie', word[:m.start()] + 'ie' + word[m.end():]))
    for m in re.finditer('ß', word):
        out.append(('ss_sz', word[:m.start()] + 'ss' + word[m.end():]))
    for m in re.finditer(r'(?<=[aeiouäöü])ss', word):
        out.append(('ss_sz', word[:m.start()] + 'ß' + word[m.end():]))
    for m in re.finditer('dt', word):
        out.append(('dt_t', word[:m.start()] + 't' + word[m.end():]))
    if re.search(r'[aeiouäöülnr]d$', word):
        out.append(('dt_t', word[:-1] + 't'))
    for head in LINK_HEADS:
        for m in re.finditer(head + 's(?=[a-zäöü]{4})', word):
            out.append(('linking_s', word[:m.end() - 1] + word[m.end():]))
    for m in re.finditer('wieder', low):
        out.append(('wider_wieder', keep_case(word, low[:m.start()] + 'wider' + low[m.end():]) if m.start() == 0 else word[:m.start()] + 'wider' + word[m.end():]))
    for m in re.finditer('wider', low):
        out.append(('wider_wieder', keep_case(word, low[:m.start()] + 'wieder' + low[m.end():]) if m.start() == 0 else word[:m.start()] + 'wieder' + word[m.end():]))
    return out


# Rare classes are picked first when a sentence allows them (otherwise one-edit typos dominate).
VARIANTS = 3
CLASS_WEIGHT = {'deletion': 1, 'insertion': 1, 'neighbour_key': 1, 'swap': 1, 'doubled': 1, 'undoubled': 1,
                'ie_ei': 2, 'i_ie': 2, 'ss_sz': 4, 'dt_t': 4, 'linking_s': 8, 'wider_wieder': 8, 'one_word': 8}


def build(seed, per_part, hun):
    rng = random.Random(seed)
    # Prose, not command lines: no sentence with a lower-case word hunspell does not know
    # (command and package names such as "dpkg", "grep", English fragments).
    all_sentences = sorted(s for s in set(sentences())
                           if all(w[0].isupper() or hun.spell(w) for w in WORD.findall(s)))
    parts = {'tuning': [], 'heldout': []}
    for s in all_sentences:
        h = int(hashlib.sha1(s.encode()).hexdigest(), 16)
        parts['tuning' if h % 2 == 0 else 'heldout'].append(s)
    sets = {}
    tuning_targets = set()
    entry_cache = {}

    def entry(w):
        if w not in entry_cache:
            entry_cache[w] = hun.is_entry(w)
        return entry_cache[w]

    for part in ('tuning', 'heldout'):
        pool = parts[part][:]
        rng.shuffle(pool)
        items = []
        for s in pool:
            if len(items) >= per_part:
                break
            options = []
            for phrase, joined in ONE_WORD.items():
                if re.search(r'\b' + phrase + r'\b', s):
                    options.append(('one_word', phrase, keep_case(phrase, joined) if s.startswith(phrase) else joined))
            for m in WORD.finditer(s):
                w = m.group(0)
                if len(w) < 5 or '-' in w or w.isupper() or not hun.spell(w):
                    continue
                if part == 'heldout' and w in tuning_targets:
                    continue
                for cls, wrong in candidates(w):
                    if wrong != w and not entry(wrong) and not entry(wrong.lower()) and not entry(wrong.capitalize()):
                        options.append((cls, w, wrong))
            if not options:
                continue
            used = set()
            for _ in range(VARIANTS):  # up to VARIANTS copies of the sentence, each with one error in another word
                options = [o for o in options if o[1] not in used]
                if not options or len(items) >= per_part:
                    break
                weights = [CLASS_WEIGHT[o[0]] for o in options]
                cls, right, wrong = rng.choices(options, weights)[0]
                used.add(right)
                if cls == 'one_word':
                    at = s.index(right)
                else:
                    at = next(m.start() for m in WORD.finditer(s) if m.group(0) == right)
                broken = s[:at] + wrong + s[at + len(right):]
                items.append({'clean': s, 'broken': broken, 'wrong': wrong, 'right': right, 'class': cls})
                if part == 'tuning' and cls != 'one_word':
                    tuning_targets.add(right)
        sets[part] = items
    return sets


def write_files(folder, texts, per_file=30):
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    where = []
    for f in range(0, len(texts), per_file):
        name = os.path.join(folder, 'eval%04d.md' % (f // per_file))
        chunk = texts[f:f + per_file]
        with open(name, 'w', encoding='utf-8') as out:
            out.write('\n\n'.join(chunk) + '\n')
        for i in range(len(chunk)):
            where.append((os.path.abspath(name), 1 + 2 * i))
    return where


def run_feder(feder, folder):
    proc = subprocess.run([feder, 'spellcheck', '--json', folder], capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit('feder spellcheck failed: ' + proc.stderr)
    findings = collections.defaultdict(list)
    for f in json.loads(proc.stdout or '[]'):
        findings[(os.path.abspath(f['file']), f['line'])].append((f['word'], (f.get('suggestions') or [''])[0]))
    return findings


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--feder', default=os.path.join(os.path.dirname(__file__), '..', 'build', 'app', 'feder'))
    ap.add_argument('--errors', type=int, default=600, help='labelled misspellings per part')
    ap.add_argument('--seed', type=int, default=14)
    ap.add_argument('--out', default='/tmp/feder-spelling-eval')
    ap.add_argument('--raw-suggest-sample', type=int, default=300,
                    help="raw hunspell's first suggestion is measured on this many errors per part (0: all); it costs ~0.2 s a word")
    ap.add_argument('--parts', default='tuning,heldout')
    ap.add_argument('--misses', action='store_true', help='list the tuning part misses and false flags')
    args = ap.parse_args()
    if not os.path.exists(SOURCE):
        sys.exit('missing %s: apt-get install debian-reference-de' % SOURCE)
    hun = Hunspell()
    sets = build(args.seed, args.errors, hun)
    rng = random.Random(args.seed + 1)

    def bench(name, value, unit):
        print('bench %s %.2f %s' % (name, value, unit), flush=True)

    for part in args.parts.split(','):
        items = sets[part]
        folder = os.path.join(args.out, part)
        clean_sentences = list(dict.fromkeys(it['clean'] for it in items))
        write_files(os.path.join(folder, 'clean'), clean_sentences)
        broken_where = write_files(os.path.join(folder, 'errors'), [it['broken'] for it in items])
        words = sum(len(WORD.findall(c)) for c in clean_sentences)
        clean = run_feder(args.feder, os.path.join(folder, 'clean'))
        broken = run_feder(args.feder, os.path.join(folder, 'errors'))
        feder_false = [(w, s) for fs in clean.values() for (w, s) in fs]
        raw_false = [w for c in clean_sentences for w in WORD.findall(c) if not hun.spell(w)]
        caught = first = raw_caught = missed_raw = 0
        misses = []
        by_class = collections.Counter()
        caught_class = collections.Counter()
        for it, loc in zip(items, broken_where):
            by_class[it['class']] += 1
            found = [f for f in broken.get(loc, []) if f[0] == it['wrong'] or it['wrong'].startswith(f[0]) or f[0].startswith(it['wrong'])]
            raw_flag = not hun.spell(it['wrong'])
            raw_caught += raw_flag
            if found:
                caught += 1
                caught_class[it['class']] += 1
                first += found[0][1] == it['right']
            else:
                misses.append(it)
                missed_raw += raw_flag
        sample = [it for it in items if not hun.spell(it['wrong'])]
        if args.raw_suggest_sample and len(sample) > args.raw_suggest_sample:
            sample = rng.sample(sample, args.raw_suggest_sample)
        with multiprocessing.Pool(max(1, min(2, os.cpu_count() or 1))) as pool:
            raw_first = dict(pool.map(_first_suggestion, sorted({it['wrong'] for it in sample})))
        raw_first_right = sum(raw_first[it['wrong']] == it['right'] for it in sample)
        # Feder's first-suggestion accuracy on the same sample, for a like-for-like comparison
        sample_ids = {id(it) for it in sample}
        feder_sample_right = 0
        for it, loc in zip(items, broken_where):
            if id(it) in sample_ids:
                found = [f for f in broken.get(loc, []) if f[0] == it['wrong']]
                feder_sample_right += bool(found) and found[0][1] == it['right']
        n = len(items)
        bench('spelling_eval_%s_labelled_errors' % part, n, 'errors')
        bench('spelling_eval_%s_clean_sentences' % part, len(clean_sentences), 'sentences')
        bench('spelling_eval_%s_words' % part, words, 'words')
        bench('spelling_eval_%s_feder_recall' % part, 100.0 * caught / n, '%')
        bench('spelling_eval_%s_hunspell_recall' % part, 100.0 * raw_caught / n, '%')
        bench('spelling_eval_%s_feder_missed_of_hunspell_flagged' % part, 100.0 * missed_raw / max(1, raw_caught), '%')
        bench('spelling_eval_%s_feder_false_flags_per_1000_words' % part, 1000.0 * len(feder_false) / words, 'flags')
        bench('spelling_eval_%s_hunspell_false_flags_per_1000_words' % part, 1000.0 * len(raw_false) / words, 'flags')
        bench('spelling_eval_%s_feder_first_suggestion' % part, 100.0 * first / n, '%')
        bench('spelling_eval_%s_feder_first_suggestion_sample' % part, 100.0 * feder_sample_right / max(1, len(sample)), '%')
        bench('spelling_eval_%s_hunspell_first_suggestion_sample' % part, 100.0 * raw_first_right / max(1, len(sample)), '%')
        for cls in sorted(by_class):
            bench('spelling_eval_%s_feder_recall_%s' % (part, cls), 100.0 * caught_class[cls] / by_class[cls], '%')
        if args.misses and part == 'tuning':
            for it in misses:
                print('miss %s %s -> %s (hunspell %s)' % (it['class'], it['wrong'], it['right'],
                                                         'flags' if not hun.spell(it['wrong']) else 'accepts'))
            for w, s in feder_false:
                print('false flag %s -> %s' % (w, s))
            for it, loc in zip(items, broken_where):
                found = [f for f in broken.get(loc, []) if f[0] == it['wrong']]
                if found and found[0][1] != it['right']:
                    print('first suggestion %s: %s, wanted %s' % (it['wrong'], found[0][1], it['right']))


if __name__ == '__main__':
    main()
