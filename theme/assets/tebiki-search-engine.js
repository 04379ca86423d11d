// tebiki search engine: searches window.TEBIKI_SEARCH_INDEX (site/search-index.js, written by
// generator/search_index.cpp, whose top comment describes the scheme and the format) with the
// terms of tebiki-search-terms.js. No DOM: the search box (tebiki-search.js) loads it on
// demand, and the tests run it in Node against the index of the real book. Plain ES2017.
//
// A Japanese unit of the query selects the documents holding all its bigrams (a one-character
// unit: any gram that contains it), a Latin unit those holding a word that starts with it.
// A document must then contain every unit in its title or text; if no document does, those
// holding the most units come first. Ranking: BM25 over the units (counted in the folded
// text), a boost for units in the title, a bonus for the whole title, for phrases (units
// written side by side in the query) and for ICU words of the index that the query holds
// (found with Intl.Segmenter('ja', {granularity: 'word'}) where the browser has it, else by
// looking the units up). Words change the order of the results, never the set.
//
// After those results come the documents that hold the query's words apart: a compound the
// text never writes whole (時刻同期 for 時刻の同期, 監視報告 for 監視と報告) is cut into its
// words with Intl.Segmenter and searched again (24時間監視: before the sections that hold
// only some of the units); when nothing holds the query or all its words, those holding most
// of its words (a typo: 脆弱製診断). A lone hiragana unit (の, は) is not marked in the
// results unless it is the whole query.
//
// The index holds no text: the documents' text is in chunks (search-text/N.js), which the
// engine asks options.loadText(N) for (a Promise of the chunk's texts) the first time a query
// finds one of their documents. So search() returns a Promise.
(function (root) {
  'use strict';

  const LAST_DIGITS = '0123456789abcdefghijklmnopqrstuv';
  const LEADING_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*';
  const K1 = 1.2;               // BM25: how fast repeats stop counting
  const B = 0.3;                // BM25: how much a long section is discounted (glossary entries are short)
  const TITLE_BOOST = 2.5;      // a unit in the title weighs like several in the text
  const WHOLE_TITLE_BONUS = 3;  // the query is the title (or the term of an entry)
  const PHRASE_BONUS = 1;       // units found side by side as in the query
  const WORD_BONUS = 0.5;       // an ICU word of the index that the query holds
  const GRAM_WEIGHT = 0.5;      // the bigrams of a long unit, found apart (時刻の同期 for 時刻同期)
  const PREFIX_WEIGHT = 0.25;   // a Latin unit that only starts a longer word (SOC in Sockets)
  const SNIPPET_LENGTH = 90;    // UTF-16 units of text shown around the first match
  const SNIPPET_LEAD = 24;      // of which at most this many before it

  // ---- Postings ----

  /// Terms of the index with the range of their postings in the packed string.
  function termTable(terms, packed) {
    const list = terms ? terms.split(' ') : [];
    const ranges = new Map();
    let start = 0;
    list.forEach(function (term) {
      const end = packed.indexOf(',', start);
      ranges.set(term, [start, end]);
      start = end + 1;
    });
    return { list: list, ranges: ranges, packed: packed };
  }

  function postings(table, term) {
    const range = table.ranges.get(term);
    const docs = [];
    if (!range) return docs;
    let value = 0;
    let doc = 0;
    for (let i = range[0]; i < range[1]; i += 1) {
      const ch = table.packed[i];
      const leading = LEADING_DIGITS.indexOf(ch);
      value = value * 32 + (leading >= 0 ? leading : LAST_DIGITS.indexOf(ch));
      if (leading >= 0) continue;
      doc += value;
      docs.push(doc);
      value = 0;
    }
    return docs;
  }

  function union(lists) {
    const seen = new Set();
    lists.forEach(function (list) { list.forEach(function (doc) { seen.add(doc); }); });
    return Array.from(seen).sort(function (a, b) { return a - b; });
  }

  function intersection(lists) {
    if (!lists.length) return [];
    return lists.reduce(function (kept, list) {
      const set = new Set(list);
      return kept.filter(function (doc) { return set.has(doc); });
    });
  }

  // ---- Counting and highlighting in folded text ----

  /// Start offsets of a unit in folded text; a Latin unit only at the start of a word.
  function occurrences(folded, unit) {
    const Terms = root.TebikiSearchTerms;
    const found = [];
    for (let at = folded.indexOf(unit.text); at >= 0; at = folded.indexOf(unit.text, at + unit.text.length)) {
      if (!unit.latin || at === 0 || !Terms.isLatin(folded.codePointAt(at - 1))) found.push(at);
    }
    return found;
  }

  /// How often a unit occurs, a Latin unit that only starts a longer word counting less: SOC
  /// finds Sockets, but below the sections that write SOC.
  function weightedCount(folded, unit) {
    const Terms = root.TebikiSearchTerms;
    return occurrences(folded, unit).reduce(function (sum, at) {
      const next = at + unit.text.length;
      const whole = !unit.latin || next >= folded.length || !Terms.isLatin(folded.codePointAt(next));
      return sum + (whole ? 1 : PREFIX_WEIGHT);
    }, 0);
  }

  /// Text cut into parts [{text, mark}] with the units (and phrases) marked, from..to of the source.
  function markedParts(source, folded, units, from, to) {
    const ranges = [];
    units.forEach(function (unit) {
      occurrences(folded.text, unit).forEach(function (at) {
        const start = folded.starts[at];
        const end = folded.ends[at + unit.text.length - 1];
        if (end > from && start < to) ranges.push([Math.max(start, from), Math.min(end, to)]);
      });
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    const parts = [];
    let at = from;
    ranges.forEach(function (range) {
      if (range[1] <= at) return;
      const start = Math.max(range[0], at);
      if (start > at) parts.push({ text: source.slice(at, start), mark: false });
      parts.push({ text: source.slice(start, range[1]), mark: true });
      at = range[1];
    });
    if (at < to) parts.push({ text: source.slice(at, to), mark: false });
    return parts;
  }

  function isLowSurrogate(text, at) {
    const code = text.charCodeAt(at);
    return code >= 0xDC00 && code <= 0xDFFF;
  }

  /// A window of the text around the first match of the first anchor found (anchors: the
  /// most telling first), as marked parts with … at the ends that were cut.
  function snippetParts(source, folded, anchors, marks) {
    let first = -1;
    anchors.forEach(function (unit) {
      const at = occurrences(folded.text, unit)[0];
      if (first < 0 && at !== undefined) first = folded.starts[at];
    });
    let from = 0;
    if (first > 0) {
      from = Math.max(0, first - SNIPPET_LEAD);
      const boundary = Math.max(source.lastIndexOf('。', first - 1), source.lastIndexOf(' ', first - 1));
      if (boundary >= from) from = boundary + 1;
      if (isLowSurrogate(source, from)) from -= 1;
    }
    let to = Math.min(source.length, from + SNIPPET_LENGTH);
    if (isLowSurrogate(source, to)) to += 1;
    const parts = markedParts(source, folded, marks, from, to);
    if (from > 0) parts.unshift({ text: '…', mark: false });
    if (to < source.length) parts.push({ text: '…', mark: false });
    return parts;
  }

  // ---- The engine ----

  function defaultSegmenter() {
    if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
    return new Intl.Segmenter('ja', { granularity: 'word' });
  }

  /// The texts of chunk N as the script search-text/N.js left them (root.TEBIKI_SEARCH_TEXT).
  function loadedText(chunk) {
    const texts = root.TEBIKI_SEARCH_TEXT && root.TEBIKI_SEARCH_TEXT[chunk];
    return texts ? Promise.resolve(texts) : Promise.reject(new Error('search text ' + chunk + ' is not loaded'));
  }

  /// options.segmenter: an Intl.Segmenter, or null to look the units up as words.
  /// options.loadText(chunk): a Promise of the texts of a chunk (default: already loaded).
  function Engine(data, options) {
    const settings = options || {};
    this.pages = data.pages;
    this.docs = data.docs.map(function (d) {
      return { page: d[0], id: d[1], number: d[2], title: d[3], level: d[4], parent: d[5], length: d[6], text: null, keywords: d[7] || '' };
    });
    this.chunks = data.chunks || [0];
    this.loadText = settings.loadText || loadedText;
    this.loading = [];
    this.grams = termTable(data.grams, data.gramDocs);
    this.words = termTable(data.words, data.wordDocs);
    this.segmenter = 'segmenter' in settings ? settings.segmenter : defaultSegmenter();
    this.folded = [];
    const total = this.docs.reduce(function (sum, doc) { return sum + doc.length; }, 0);
    this.averageLength = Math.max(1, total / Math.max(1, this.docs.length));
  }

  /// The chunk that holds a document's text.
  Engine.prototype.chunkOf = function (index) {
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.chunks[middle] <= index) low = middle; else high = middle - 1;
    }
    return low;
  };

  /// Throws unless a chunk's texts are those of this index's documents (count and lengths):
  /// the index stays in the page while a chunk is read later, maybe from a newer build.
  Engine.prototype.checkChunk = function (chunk, texts) {
    const first = this.chunks[chunk];
    const end = chunk + 1 < this.chunks.length ? this.chunks[chunk + 1] : this.docs.length;
    const docs = this.docs;
    const fits = Array.isArray(texts) && texts.length === end - first &&
      texts.every(function (text, i) { return typeof text === 'string' && text.length === docs[first + i].length; });
    if (!fits) throw new Error('search text ' + chunk + ' is from another build of the site (reload the page)');
  };

  /// Loads the text of the documents given (once per chunk).
  Engine.prototype.loadTexts = function (indices) {
    const self = this;
    const chunks = new Set(indices.filter(function (i) { return self.docs[i].text === null; }).map(function (i) { return self.chunkOf(i); }));
    return Promise.all(Array.from(chunks).map(function (chunk) {
      if (!self.loading[chunk]) {
        self.loading[chunk] = self.loadText(chunk).then(function (texts) {
          const first = self.chunks[chunk];
          self.checkChunk(chunk, texts);
          texts.forEach(function (text, i) { self.docs[first + i].text = text; });
        }).catch(function (error) {
          self.loading[chunk] = null;  // a later search tries again
          throw error;
        });
      }
      return self.loading[chunk];
    }));
  };

  /// The documents of a term of the index ('grams' or 'words').
  Engine.prototype.postingsOf = function (table, term) { return postings(this[table], term); };

  Engine.prototype.foldedDoc = function (index) {
    const Terms = root.TebikiSearchTerms;
    if (!this.folded[index]) {
      const doc = this.docs[index];
      this.folded[index] = { title: Terms.fold(doc.title), text: Terms.fold(doc.text), keywords: Terms.fold(doc.keywords) };
    }
    return this.folded[index];
  };

  Engine.prototype.idf = function (count) {
    return Math.log(1 + (this.docs.length - count + 0.5) / (count + 0.5));
  };

  /// The documents that may hold a unit (from the postings; counting confirms).
  Engine.prototype.unitDocs = function (unit) {
    const Terms = root.TebikiSearchTerms;
    const self = this;
    if (unit.latin) {
      const words = this.words.list.filter(function (word) { return word.startsWith(unit.text); });
      return union(words.map(function (word) { return postings(self.words, word); }));
    }
    const grams = Terms.bigramsOf(unit.text);
    if (grams.length === 1 && Array.from(unit.text).length === 1) {
      const containing = this.grams.list.filter(function (gram) { return gram.indexOf(unit.text) >= 0; });
      return union(containing.map(function (gram) { return postings(self.grams, gram); }));
    }
    return intersection(grams.map(function (gram) { return postings(self.grams, gram); }));
  };

  /// Folded words of the query that the index may hold as ICU words.
  Engine.prototype.queryWords = function (query, parsed) {
    const Terms = root.TebikiSearchTerms;
    let candidates = parsed.units.map(function (unit) { return unit.text; }).concat(parsed.phrases);
    if (this.segmenter) {
      candidates = Array.from(this.segmenter.segment(query)).filter(function (s) { return s.isWordLike; })
        .map(function (s) { return Terms.fold(s.segment).text; });
    }
    return candidates.filter(function (word, i) {
      const chars = Array.from(word);
      return chars.length >= 2 && candidates.indexOf(word) === i &&
        chars.every(function (ch) { return Terms.isJapanese(ch.codePointAt(0)); }) &&
        !chars.every(function (ch) { return ch >= '\u3041' && ch <= '\u309F'; });
    });
  };

  /// True when the query is the title, the title's first words (a term and its English
  /// name), or one of the keywords.
  function isWholeTitle(doc, text) {
    const title = doc.title.text.replace(/ +/g, ' ');
    return title === text || title.startsWith(text + ' ') || doc.keywords.text.split(' ').indexOf(text) >= 0;
  }

  Engine.prototype.score = function (index, query) {
    const doc = this.foldedDoc(index);
    const norm = K1 * (1 - B + B * this.docs[index].length / this.averageLength);
    let score = 0;
    let matched = 0;
    let matchedWeight = 0;
    query.units.forEach(function (unit) {
      const tf = weightedCount(doc.text.text, unit);
      const inTitle = weightedCount(doc.title.text, unit) + weightedCount(doc.keywords.text, unit);
      if (tf || inTitle) {
        matched += 1;
        matchedWeight += unit.idf;
      }
      score += unit.idf * (tf * (K1 + 1) / (tf + norm) + Math.min(inTitle, 1) * TITLE_BOOST);
      (unit.grams || []).forEach(function (gram) {
        const count = occurrences(doc.text.text, gram).length;
        score += GRAM_WEIGHT * gram.idf * (count * (K1 + 1) / (count + norm)) / unit.grams.length;
      });
    });
    query.phrases.forEach(function (phrase) {
      if (doc.title.text.indexOf(phrase) >= 0 || doc.keywords.text.indexOf(phrase) >= 0) score += PHRASE_BONUS * query.weight;
      if (doc.text.text.indexOf(phrase) >= 0) score += PHRASE_BONUS * query.weight;
    });
    if (isWholeTitle(doc, query.text)) score += WHOLE_TITLE_BONUS * query.weight;
    query.words.forEach(function (word) {
      if (word.docs.has(index)) score += WORD_BONUS * word.idf;
    });
    return { doc: index, score: score, matched: matched, matchedWeight: matchedWeight };
  };

  /// The query, cut and weighed; null when it holds nothing to search for.
  Engine.prototype.prepare = function (text) {
    const Terms = root.TebikiSearchTerms;
    const self = this;
    const folded = Terms.fold(text);
    const parsed = Terms.parseQuery(folded.text);
    if (!parsed.units.length) return null;
    parsed.units.forEach(function (unit) {
      unit.docs = self.unitDocs(unit);
      unit.idf = self.idf(unit.docs.length);
      const grams = unit.latin ? [] : Terms.bigramsOf(unit.text);
      if (grams.length < 2) return;
      unit.grams = grams.filter(function (gram, i) { return grams.indexOf(gram) === i; }).map(function (gram) {
        return { text: gram, latin: false, idf: self.idf(postings(self.grams, gram).length) };
      });
    });
    parsed.weight = parsed.units.reduce(function (sum, unit) { return sum + unit.idf; }, 0);
    parsed.text = folded.text.trim().replace(/ +/g, ' ');
    parsed.words = this.queryWords(text, parsed).map(function (word) {
      const docs = postings(self.words, word);
      return { docs: new Set(docs), idf: self.idf(docs.length) };
    });
    return parsed;
  };

  /// The ranked documents for a query: those holding every unit; if there is none, those
  /// holding units that weigh at least half of the query's known units (by idf; a word that
  /// no document holds is left out), the most units first.
  /// A Promise, as the candidates' text may have to be loaded first.
  Engine.prototype.rank = async function (query) {
    const self = this;
    const all = query.units.length;
    const scoreOf = function (doc) { return self.score(doc, query); };
    const candidates = intersection(query.units.map(function (u) { return u.docs; }));
    await this.loadTexts(candidates);
    let scored = candidates.map(scoreOf).filter(function (s) { return s.matched === all; });
    if (!scored.length) {
      const known = query.units.reduce(function (sum, u) { return sum + (u.docs.length ? u.idf : 0); }, 0);
      const some = union(query.units.map(function (u) { return u.docs; }));
      await this.loadTexts(some);
      scored = some.map(scoreOf).filter(function (s) { return s.matchedWeight >= known / 2; });
    }
    return scored.sort(function (a, b) { return b.matched - a.matched || b.score - a.score || a.doc - b.doc; });
  };

  /// The query with its compounds cut into words ("時刻 同期" for 時刻同期), or null when
  /// the words are no more units than the query's own (or the browser has no segmenter).
  Engine.prototype.wordsApart = function (text) {
    const Terms = root.TebikiSearchTerms;
    if (!this.segmenter) return null;
    const words = Array.from(this.segmenter.segment(text)).filter(function (s) { return s.isWordLike; })
      .map(function (s) { return s.segment; });
    const apart = words.join(' ');
    const units = function (query) { return Terms.parseQuery(Terms.fold(query).text).units.length; };
    return units(apart) > units(text) ? apart : null;
  };

  /// Results of the query's words apart that `ranked` lacks: those holding every word, or
  /// when `ranked` is empty, those holding most of them.
  Engine.prototype.apartResults = async function (text, ranked, limit) {
    const apart = this.wordsApart(text);
    const query = apart ? this.prepare(apart) : null;
    if (!query || limit <= 0) return [];
    const self = this;
    const seen = new Set(ranked.map(function (one) { return one.doc; }));
    const found = (await this.rank(query)).filter(function (one) {
      return !seen.has(one.doc) && (one.matched === query.units.length || !ranked.length);
    });
    return found.slice(0, limit).map(function (one) { return self.result(one, query); });
  };

  Engine.prototype.context = function (doc) {
    const page = this.pages[doc.page];
    const parent = doc.parent >= 0 ? this.docs[doc.parent] : null;
    if (doc.level === 1) return '';
    if (!parent || parent.level < 2) return page[1];
    return page[1] + ' › ' + (parent.number ? parent.number + ' ' : '') + parent.title;
  };

  Engine.prototype.result = function (ranked, query) {
    const doc = this.docs[ranked.doc];
    const folded = this.foldedDoc(ranked.doc);
    const phrases = query.phrases.map(function (p) { return { text: p, latin: false }; });
    const particle = function (unit) { return /^[\u3041-\u309F]$/.test(unit.text); };
    const words = query.units.length > 1 ? query.units.filter(function (unit) { return !particle(unit); }) : query.units;
    const marks = words.concat(phrases);
    const anchors = phrases.concat(query.units.slice().sort(function (a, b) { return b.idf - a.idf; }));
    return {
      href: this.pages[doc.page][0] + (doc.id ? '#' + doc.id : ''),
      number: doc.number,
      title: doc.title,
      titleParts: markedParts(doc.title, folded.title, marks, 0, doc.title.length),
      context: this.context(doc),
      snippetParts: snippetParts(doc.text, folded.text, anchors, marks),
      score: ranked.score
    };
  };

  /// A Promise of up to `limit` results (default 10): {href, number, title, titleParts,
  /// context, snippetParts, score}; parts are [{text, mark}] to be inserted as text, never as HTML.
  Engine.prototype.search = async function (text, limit) {
    const query = this.prepare(String(text || ''));
    if (!query) return [];
    const self = this;
    const max = limit || 10;
    const ranked = await this.rank(query);
    const full = ranked.filter(function (one) { return one.matched === query.units.length; });
    const shown = function (list) { return list.slice(0, max).map(function (one) { return self.result(one, query); }); };
    const results = shown(full).concat(await this.apartResults(String(text || ''), full, max - full.length));
    return results.length ? results : shown(ranked);
  };

  root.TebikiSearchEngine = Engine;
}(typeof window !== 'undefined' ? window : this));
