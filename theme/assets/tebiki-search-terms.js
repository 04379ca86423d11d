// tebiki search terms: the folding and the terms of the Japanese search, exactly as the build
// computes them (generator/search_tokens.cpp), and the cutting of a query into units. No DOM;
// used by tebiki-search-engine.js, in the browser and in the tests under Node. Plain ES2017.
//
// - fold(): NFKC per character cluster (a character and the joining marks after it),
//   ASCII lower case, small kana made large (ウィルス = ウイルス), a run of ー dropped unless a
//   katakana letter follows (サーバー = サーバ). Hiragana and katakana are not folded together.
//   Each unit of the folded text remembers where it came from, for highlighting.
// - japaneseBigrams(): the character bigrams of each Japanese run (a one-character run gives
//   itself); latinWords(): runs of [0-9a-z] and Latin letters. The index holds the same terms.
// - parseQuery(): units are cut at spaces, punctuation and script changes (Latin, hiragana,
//   katakana, kanji), so ログ保存 → ログ + 保存; units written side by side form a phrase, as
//   do Latin units joined by - . / _ (P-15 → P + 15, the phrase P-15).
//
// The whole scheme is described at the top of generator/search_index.cpp.
(function (root) {
  'use strict';

  // ---- Folding (fold_for_search in generator/search_tokens.cpp) ----

  function isJoiningMark(c) {
    return (c >= 0x300 && c <= 0x36F) || c === 0x3099 || c === 0x309A || c === 0xFF9E || c === 0xFF9F;
  }

  // Characters that NFKC leaves as they are: most of the text skips normalize().
  function isNfkcInert(c) {
    return c < 0x80 || (c >= 0x3001 && c <= 0x3002) || (c >= 0x300C && c <= 0x300F) ||
      (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FE) ||
      (c >= 0x4E00 && c <= 0x9FFF);
  }

  const SMALL_KANA = {
    0x3063: 0x3064, 0x3083: 0x3084, 0x3085: 0x3086, 0x3087: 0x3088, 0x308E: 0x308F,
    0x30C3: 0x30C4, 0x30E3: 0x30E4, 0x30E5: 0x30E6, 0x30E7: 0x30E8, 0x30EE: 0x30EF,
    0x3095: 0x304B, 0x3096: 0x3051, 0x30F5: 0x30AB, 0x30F6: 0x30B1
  };

  function foldCodePoint(c) {
    if (c >= 0x41 && c <= 0x5A) return c + 0x20;
    if ((c >= 0x3041 && c <= 0x3049) || (c >= 0x30A1 && c <= 0x30A9)) return c % 2 ? c + 1 : c;
    return SMALL_KANA[c] || c;
  }

  function isKatakanaLetter(c) { return c >= 0x30A1 && c <= 0x30FA; }

  /// Folded text with, for each of its UTF-16 units, the range it came from in the source:
  /// {text, starts, ends}. Written for speed: it runs on every section at the first search.
  function fold(text) {
    const units = [];
    const starts = [];
    const ends = [];
    const waiting = [];  // [start, end] of each ー of a run that may still be dropped
    function put(c, start, end) {
      if (c === 0x30FC) {
        waiting.push(start, end);
        return;
      }
      for (let k = 0; isKatakanaLetter(c) && k < waiting.length; k += 2) {
        units.push(0x30FC);
        starts.push(waiting[k]);
        ends.push(waiting[k + 1]);
      }
      waiting.length = 0;
      if (c > 0xFFFF) {
        units.push(0xD800 + ((c - 0x10000) >> 10), 0xDC00 + ((c - 0x10000) & 0x3FF));
        starts.push(start, start);
        ends.push(end, end);
      } else {
        units.push(c);
        starts.push(start);
        ends.push(end);
      }
    }
    for (let i = 0; i < text.length;) {
      const c = text.codePointAt(i);
      const single = i + (c > 0xFFFF ? 2 : 1);
      let end = single;
      while (end < text.length && isJoiningMark(text.charCodeAt(end))) end += 1;
      if (end === single && isNfkcInert(c)) {
        put(foldCodePoint(c), i, end);
      } else {
        const normalized = text.slice(i, end).normalize('NFKC');
        for (let k = 0; k < normalized.length;) {
          const d = normalized.codePointAt(k);
          put(foldCodePoint(d), i, end);
          k += d > 0xFFFF ? 2 : 1;
        }
      }
      i = end;
    }
    let folded = '';
    for (let k = 0; k < units.length; k += 4096) folded += String.fromCharCode.apply(null, units.slice(k, k + 4096));
    return { text: folded, starts: starts, ends: ends };
  }

  // ---- Terms (japanese_bigrams, latin_words in generator/search_tokens.cpp) ----

  function isJapanese(c) {
    return (c >= 0x3041 && c <= 0x3096) || (c >= 0x309D && c <= 0x309F) || (c >= 0x30A1 && c <= 0x30FA) ||
      (c >= 0x30FC && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3005 && c <= 0x3007) ||
      (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0x20000 && c <= 0x3134F);
  }

  function isLatin(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) || (c >= 0xC0 && c <= 0x24F && c !== 0xD7 && c !== 0xF7);
  }

  /// Maximal runs of code points that pass test, as strings.
  function runs(foldedText, test) {
    const out = [];
    let current = '';
    for (const ch of foldedText) {
      if (test(ch.codePointAt(0))) {
        current += ch;
      } else if (current) {
        out.push(current);
        current = '';
      }
    }
    if (current) out.push(current);
    return out;
  }

  function bigramsOf(run) {
    const chars = Array.from(run);
    if (chars.length === 1) return chars;
    const out = [];
    for (let i = 0; i + 1 < chars.length; i += 1) out.push(chars[i] + chars[i + 1]);
    return out;
  }

  /// The bigrams of every run of one Japanese script in folded text, in order, repeats
  /// kept (a query unit never spans two scripts).
  function japaneseBigrams(foldedText) {
    const out = [];
    runs(foldedText, isJapanese).forEach(function (run) {
      scriptRuns(run).forEach(function (part) { Array.prototype.push.apply(out, bigramsOf(part)); });
    });
    return out;
  }

  /// A Japanese run cut where the script changes.
  function scriptRuns(run) {
    const out = [];
    let script = '';
    for (const ch of run) {
      const next = scriptOf(ch.codePointAt(0));
      if (next === script) out[out.length - 1] += ch; else out.push(ch);
      script = next;
    }
    return out;
  }

  function latinWords(foldedText) { return runs(foldedText, isLatin); }

  // ---- Query units ----

  function scriptOf(c) {
    if (isLatin(c)) return 'latin';
    if (!isJapanese(c)) return '';
    if ((c >= 0x3041 && c <= 0x309F)) return 'hiragana';
    if ((c >= 0x30A1 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF)) return 'katakana';
    return 'kanji';
  }

  /// Units (script runs) and phrases (units written side by side) of a folded query.
  // Between two Latin units, these keep the phrase whole: P-15 (a check item), RFC.2350.
  const LATIN_JOINERS = '-./_';

  function parseQuery(foldedText) {
    const units = [];
    const phrases = [];
    let phrase = [];
    let unit = '';
    let script = '';
    let joiner = '';  // a joiner after a Latin unit, kept if a Latin unit follows
    function endUnit() {
      if (unit) {
        phrase.push({ text: unit, latin: script === 'latin', before: joiner });
        joiner = '';
      }
      unit = '';
    }
    function endPhrase() {
      endUnit();
      if (phrase.length > 1) phrases.push(phrase.map(function (u) { return u.before + u.text; }).join(''));
      phrase.forEach(function (u) {
        if (!units.some(function (v) { return v.text === u.text; })) units.push({ text: u.text, latin: u.latin });
      });
      phrase = [];
      joiner = '';
    }
    for (const ch of foldedText) {
      const next = scriptOf(ch.codePointAt(0));
      if (!next && script === 'latin' && unit && LATIN_JOINERS.indexOf(ch) >= 0) {
        endUnit();
        joiner = ch;
        script = 'joiner';
        continue;
      }
      if (!next || (script === 'joiner' && next !== 'latin')) endPhrase();
      else if (next !== script) endUnit();
      if (next) unit += ch;
      script = next;
    }
    endPhrase();
    return { units: units, phrases: phrases };
  }

  root.TebikiSearchTerms = {
    fold: fold,
    isJapanese: isJapanese,
    isLatin: isLatin,
    bigramsOf: bigramsOf,
    japaneseBigrams: japaneseBigrams,
    latinWords: latinWords,
    parseQuery: parseQuery
  };
}(typeof window !== 'undefined' ? window : this));
