#include "RedactionReader.h"

#include "domain/ExemptionLabel.h"
#include "LabelAssignment.h"

#include <QRegularExpression>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace rebuttal {

namespace {

// How far from a box a label may stand and still be its label (fractions of the page).
// A label in the margin of an FBI release stands on its box's line, across the page from it
// (the box may open the line).
constexpr double kSameLineReach = 0.9;
constexpr double kAboveBelowReach = 0.03;

double gapBetween(const QRectF &a, const QRectF &b, bool *sameLine)
{
    const double vOverlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    const double hOverlap = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
    if (vOverlap > 0.3 * std::min(a.height(), b.height())) {
        *sameLine = true;
        return std::max(0.0, std::max(a.left(), b.left()) - std::min(a.right(), b.right()));
    }
    *sameLine = false;
    if (hOverlap <= 0)
        return 1e9;
    return std::max(0.0, std::max(a.top(), b.top()) - std::min(a.bottom(), b.bottom()));
}

// Whether a box stands on the line between two of its words (`before` ends left of `after`).
bool boxBetween(const QRectF &before, const QRectF &after, const QList<Redaction> &boxes)
{
    return std::any_of(boxes.cbegin(), boxes.cend(), [&](const Redaction &redaction) {
        bool sameLine = false;
        gapBetween(redaction.box, after, &sameLine);
        return sameLine && redaction.box.center().x() > before.right() && redaction.box.center().x() < after.left();
    });
}

// `label` moved up or down as far as the page's slant (its lines' rise per width, a scan's skew)
// carries it across from `box`: a label in the margin of a page skewed by a degree stands half
// a line off its box's line, and level with it once the slant is taken out.
QRectF levelled(const QRectF &label, const QRectF &box, double slant)
{
    return label.translated(0, -slant * (label.center().x() - box.center().x()));
}

// Whether `point` lies on `box`, with half a pixel of slack. On a skewed scan a box is found as the
// upright rectangle around it, whose corners are paper as deep as the box's width times the
// page's slant: a label set tight above one end of a wide box lies in such a corner, beside the
// box, not on it.
bool onBox(const QRectF &box, const QPointF &point, double slant)
{
    const QRectF reach = box.adjusted(-0.002, -0.002, 0.002, 0.002);
    if (!reach.contains(point) || box.width() <= 0)
        return false;
    const double drift = std::min(std::abs(slant) * box.width(), 0.8 * box.height());
    // How far along the box from the end where its top edge is highest.
    const double t = (point.x() - box.left()) / box.width();
    const double along = slant > 0 ? t : 1 - t;
    return point.y() >= reach.top() + drift * along && point.y() <= reach.bottom() - drift * (1 - along);
}

bool hasAlphanumeric(const QString &text, int atLeast)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); }) >= atLeast;
}

// A word of a text layer that is no word of any language: an earlier OCR's reading of a label
// printed white on a box, left in a scan's invisible text layer ("riMldWhiM", "rmrm•m",
// "r1:iw@w1MtMlil", real ICE I-213 releases). Its case changes inside it twice (a small letter, then a
// capital), it runs six consonants, it holds a sign or a digit between its letters. Labels are read
// by their own grammar and are never garbled ("bX7KA", "b7C").
bool isGarbledWord(const QString &word)
{
    static const QRegularExpression trailing(QStringLiteral("[.,;:!?)]+$"));
    const QString w = QString(word).remove(trailing);
    // A sign no word carries (words carry hyphens, apostrophes, quotes, stops, slashes,
    // parentheses) touching a letter.
    static const QRegularExpression signInside(QStringLiteral(
        "\\p{L}[^\\p{L}\\p{N}\\s\\-'\u2019\u2018\"\u201c\u201d\u00ab\u00bb.,;:/&()\\[\\]]|[^\\p{L}\\p{N}\\s\\-'\u2019\u2018\"\u201c\u201d\u00ab\u00bb.,;:/&()\\[\\]]\\p{L}"));
    static const QRegularExpression digitInside(QStringLiteral("\\p{L}\\p{N}+\\p{L}"));
    static const QRegularExpression caseChange(QStringLiteral("\\p{Ll}\\p{Lu}"));
    static const QRegularExpression consonants(QStringLiteral("[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]{6}"));
    const bool noWord = w.contains(signInside) || w.contains(digitInside) || w.count(caseChange) >= 2 || w.contains(consonants);
    return noWord && !ExemptionLabel::isLabel(w);
}

// The letters of `text`'s words, garbled ones left out.
int letterCount(const QString &text)
{
    int letters = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!isGarbledWord(word))
            letters += int(std::count_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); }));
    }
    return letters;
}

// Words agencies and courts print on a redaction to say why it is there.
const QRegularExpression &reasonWords()
{
    static const QRegularExpression words(
        QStringLiteral("redact|withheld|privilege|exempt|confidential|sealed|tachad|retenid"),
        QRegularExpression::CaseInsensitiveOption);
    return words;
}

// Text that says why something was redacted and nothing else: exemption codes, or a word like
// "Privilege" or "REDACTED".
bool isReasonLabel(const QString &text)
{
    if (ExemptionLabel::isLabel(text))
        return true;
    QString residue = text;
    residue.remove(QRegularExpression(QStringLiteral("\\b\\w*(?:redact|withheld|privilege|exempt|confidential|sealed|tachad|retenid)\\w*\\b"),
                                      QRegularExpression::CaseInsensitiveOption));
    return residue != text && !hasAlphanumeric(residue, 1);
}


// A word no label contains: three letters or more that are not one of a label's own words.
bool isProseWord(const QString &word)
{
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]{3,}[.,;:]?$"));
    static const QRegularExpression labelWords(QStringLiteral("^(?:and|FOIA|FOIPA|USC|Exemptions?|Exempt)[.,;:]?$"),
                                               QRegularExpression::CaseInsensitiveOption);
    return letters.match(word).hasMatch() && !labelWords.match(word).hasMatch();
}

// Whether a line opens with a word that joins it to a label on the line above ("and", "&").
bool startsWithJoin(const QString &text)
{
    static const QRegularExpression join(QStringLiteral("^(?:and|or|y|&|/|;|,)\\s"), QRegularExpression::CaseInsensitiveOption);
    return join.match(text).hasMatch();
}

// A word on a box (its centre on it) or partly under it: whether any of it shows, and whether
// most of it is hidden.
struct PrintedWord
{
    QString text;
    bool shows = false;
    bool hidden = false;
    bool onBox = false;
};

// The words on and under a box, split into the label it shows and the text it hides. Print too
// thin to show at detection resolution (the "1" of "Exemption 1" in 7 pt white, the periods of a
// small "U.S.C.") reads as hidden: a hidden word on the box that is part of the label the words
// around it make is the label's, not text the box removed. A hidden word that no part of the
// label takes in ("12" after "(b)(6)") stays hidden.
void labelOrHidden(const QList<PrintedWord> &words, QStringList *visible, QStringList *hidden)
{
    QString onBox; // the words on the box, as one text
    QList<qsizetype> starts; // where each word starts in it (-1: not on the box)
    for (const PrintedWord &word : words) {
        if (!word.onBox) {
            starts << -1;
            continue;
        }
        if (!onBox.isEmpty())
            onBox += QLatin1Char(' ');
        starts << onBox.size();
        onBox += word.text;
    }
    const bool shows = std::any_of(words.cbegin(), words.cend(), [](const PrintedWord &word) { return word.onBox && word.shows; });
    const bool label = shows && ExemptionLabel::isLabel(onBox);
    const QList<ExemptionLabel::Part> parts = label ? ExemptionLabel::parts(onBox) : QList<ExemptionLabel::Part>{};
    auto inLabel = [&](qsizetype start, qsizetype size) {
        return std::any_of(parts.cbegin(), parts.cend(), [&](const ExemptionLabel::Part &part) {
            return start < part.end && start + size > part.start;
        });
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        const PrintedWord &word = words[i];
        const bool labels = word.onBox && word.hidden && inLabel(starts[i], word.text.size());
        if (word.onBox && (word.shows || labels))
            *visible << word.text;
        if (word.hidden && !labels)
            *hidden << word.text;
    }
}

// Boxes that hold the same hidden text under several of them hide a stamp or a tool's filler,
// not the different things each box removed.
constexpr int kRepeatedHiddenText = 3;

} // namespace

RedactionReader::RedactionReader(const PageText &text, const QImage &render, bool textUnderBoxesIsChecked)
    : m_text(text)
    , m_render(render.convertToFormat(QImage::Format_Grayscale8))
    , m_checkHidden(textUnderBoxesIsChecked)
{
}

QRectF RedactionReader::normalized(const QRect &pixels) const
{
    const double w = m_render.width();
    const double h = m_render.height();
    return QRectF(pixels.x() / w, pixels.y() / h, pixels.width() / w, pixels.height() / h);
}

// Whether a pixel stands out from a box of level `boxGray`: a white label on a black box, black
// text on a grey one. A hatch pattern drawn into a black box is mid-grey and does not.
bool RedactionReader::contrasts(int level, int boxGray)
{
    // On a grey box, text in a mid grey already shows.
    return std::abs(level - boxGray) > (boxGray > kDarkBox ? kMarkContrast / 2 : kMarkContrast);
}

// The share of pixels in `area` that stand out from a fill of level `boxGray`.
double RedactionReader::markRate(const QRect &pixels, int boxGray) const
{
    const QRect area = pixels.intersected(m_render.rect());
    if (area.width() < 1 || area.height() < 1)
        return 0;
    qint64 total = 0, marks = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar *line = m_render.constScanLine(y);
        for (int x = area.left(); x <= area.right(); ++x) {
            ++total;
            marks += contrasts(line[x], boxGray);
        }
    }
    return double(marks) / double(total);
}

// A glyph is hidden when nothing of it shows in its area of the render: all box (or, on a
// patterned box, nothing but the box's own pattern). White label text on a box shows, and so
// does text printed on top of a box.
bool RedactionReader::isHidden(const QRectF &character, const FilledBox &box, double pattern) const
{
    // A glyph's ink lies in the middle of its cell: the cell's top and bottom are the font's
    // ascent and descent, which a box fitted to the letters does not cover.
    const QRectF glyph = character.adjusted(character.width() * 0.2, character.height() * 0.25,
                                            -character.width() * 0.2, -character.height() * 0.25);
    const QRect area = QRectF(glyph.x() * m_render.width(), glyph.y() * m_render.height(),
                              glyph.width() * m_render.width(), glyph.height() * m_render.height())
                           .toAlignedRect()
                           .intersected(m_render.rect());
    if (area.width() < 1 || area.height() < 1)
        return false;
    return markRate(area, box.gray) <= 0.03 + pattern;
}

bool RedactionReader::hasMarks(const FilledBox &box) const
{
    // A pattern is the fill itself, not something printed on it.
    if (box.patterned)
        return false;
    // Look inside the rim: antialiasing at the box edge is not a mark.
    const QRect inner = box.pixels.adjusted(2, 2, -2, -2).intersected(m_render.rect());
    int marks = 0;
    for (int y = inner.top(); y <= inner.bottom(); ++y) {
        const uchar *line = m_render.constScanLine(y);
        for (int x = inner.left(); x <= inner.right(); ++x)
            marks += contrasts(line[x], box.gray);
    }
    return marks >= 6;
}

QList<BoxReading> RedactionReader::examine(const QList<FilledBox> &boxes) const
{
    const QList<PdfWord> &words = m_text.words();
    QList<BoxReading> readings;
    for (const FilledBox &box : boxes) {
        BoxReading reading;
        reading.box = box;
        reading.redaction.box = normalized(box.pixels);
        reading.hasMarks = hasMarks(box);
        const double pattern = box.patterned ? markRate(box.pixels.adjusted(2, 2, -2, -2), box.gray) : 0;
        // Half a pixel of slack: glyph boxes often overhang the box edge by a hair.
        const QRectF reach = reading.redaction.box.adjusted(-0.002, -0.002, 0.002, 0.002);
        QStringList visible, hidden;
        QList<PrintedWord> printed; // the words on and under the box, in reading order
        bool wholeWordHidden = false; // a word on the box, every letter of it
        for (const TextLine &line : m_text.lines()) {
            for (int index : line.words) {
                const PdfWord &word = words[index];
                if (!word.box.intersects(reach))
                    continue;
                // Character by character: a box may cover the middle of a word.
                QString hiddenPart;
                int visibleInside = 0;
                for (int i = 0; i < word.characters.size() && i < word.text.size(); ++i) {
                    const QRectF &character = word.characters[i];
                    if (!reach.contains(character.center()))
                        continue;
                    if (m_checkHidden && isHidden(character, box, pattern))
                        hiddenPart += word.text[i];
                    else if (!character.isEmpty())
                        ++visibleInside;
                }
                // Stamps (exhibit numbers, Bates, filing headers) in the page's top and bottom bands
                // are applied over everything; they are never content a box hides.
                // Most of what lies in the box must be hidden: a few letters of a label whose
                // middle happens to fall on fill between strokes are not.
                const qsizetype inside = hiddenPart.size() + visibleInside;
                const bool wordHidden = hasAlphanumeric(hiddenPart, 1) && hiddenPart.size() * 10 >= inside * 6
                    && !PageText::inStampBand(word.box);
                if (!reach.contains(word.box.center())) {
                    if (wordHidden)
                        printed << PrintedWord{word.text, false, true, false};
                    // Mostly outside: a word beside the box. If some of its letters show on the
                    // "box", the box is really a clump of bold letters.
                    if (visibleInside >= 1 && hiddenPart.isEmpty())
                        reading.straddlesText = reading.straddlesText || (hasAlphanumeric(word.text, 2) && !isGarbledWord(word.text));
                    continue;
                }
                if (visibleInside > 0 || wordHidden)
                    printed << PrintedWord{word.text, visibleInside > 0, wordHidden, true};
                wholeWordHidden = wholeWordHidden || (wordHidden && hiddenPart.size() == word.text.size());
                // A visible word that runs on past the box's edge is one the "box" is part of:
                // a bold letter or two, not a box with something printed on it.
                if (visibleInside > 0 && hiddenPart.isEmpty() && visibleInside < word.characters.size()
                    && hasAlphanumeric(word.text, 2) && !isGarbledWord(word.text)) {
                    reading.straddlesText = true;
                }
            }
        }
        labelOrHidden(printed, &visible, &hidden);
        reading.visibleText = visible.join(QLatin1Char(' '));
        const QString hiddenText = hidden.join(QLatin1Char(' '));
        // One letter or digit hidden is a stray piece of print, unless it is a whole word under a
        // box that shows nothing (x-ray's box over the article "a"). A redaction's own reason
        // printed under it ("Privilege", "(b)(6)") is its label, not the content it removed.
        const bool enough = hasAlphanumeric(hiddenText, 2)
            || (wholeWordHidden && visible.isEmpty() && hasAlphanumeric(hiddenText, 1));
        if (enough && !isReasonLabel(hiddenText))
            reading.redaction.textUnderBox = hiddenText;
        reading.redaction.exemptions = boxCodes(reading.visibleText, &ExemptionLabel::codesIn);
        if (!reading.redaction.exemptions.isEmpty())
            reading.redaction.label = reading.visibleText;
        readings << reading;
    }
    return readings;
}

bool RedactionReader::readsAsWords(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::any_of(words.cbegin(), words.cend(), isProseWord);
}

QStringList RedactionReader::boxCodes(const QString &label, QStringList (*read)(const QString &))
{
    // Nothing but its label is printed on a box: "Ex 8" there is "Ex. 8" whose small stop OCR lost
    // (seed 853); in a sentence it may be an exhibit.
    static const QRegularExpression exWithoutStop(QStringLiteral("\\b(Ex)(?=\\s?[1-9](?![0-9]))"), QRegularExpression::CaseInsensitiveOption);
    QStringList codes = read(QString(label).replace(exWithoutStop, QStringLiteral("\\1.")));
    // Exemption 7 always names its subparagraph: a bare "(b)(7)" on a box is a label cut off
    // by the box's edge.
    codes.removeAll(QStringLiteral("(b)(7)"));
    return codes;
}

bool RedactionReader::isRedaction(const BoxReading &reading)
{
    const Redaction &redaction = reading.redaction;
    // Frames are everywhere on forms; one is a redaction only when its label is printed inside.
    if (reading.box.outlined)
        return !redaction.exemptions.isEmpty();
    if (!redaction.textUnderBox.isEmpty() || !redaction.exemptions.isEmpty())
        return true;
    if (reading.straddlesText)
        return false;
    // A dark bar with ordinary words across it is a form header or a banner. A date or a
    // number printed on a box has no letters to speak of.
    if (letterCount(reading.visibleText) >= 4 && !reading.visibleText.contains(reasonWords()))
        return false;
    // Grey fills with words on them are table headers and form cells; a grey redaction carries
    // its exemption label or nothing at all.
    if (reading.box.gray > kDarkBox && hasAlphanumeric(reading.visibleText, 2))
        return false;
    return true;
}

void RedactionReader::forgetRepeatedHiddenText(QList<Redaction> &redactions)
{
    QHash<QString, int> seen;
    for (const Redaction &redaction : std::as_const(redactions)) {
        if (!redaction.textUnderBox.isEmpty())
            ++seen[redaction.textUnderBox.simplified()];
    }
    for (Redaction &redaction : redactions) {
        if (!redaction.textUnderBox.isEmpty() && seen.value(redaction.textUnderBox.simplified()) >= kRepeatedHiddenText)
            redaction.textUnderBox.clear();
    }
}

// A run of words on one line that reads as an exemption label and nothing else.
struct LabelRun
{
    const TextLine *line = nullptr;
    int first = 0, last = 0;
    QRectF box;
    QStringList codes;
    bool continuesAbove = false; // the rest of the label on the line above (continuations())
    QString text;                // the label as read: with the lines above it, for a continuation
};

// Labels that end their lines at one left edge, three or more down the page, are a column of
// their own (an FBI release's margin): each is its line's label however close the line's words
// come, never a mention in the sentence beside it. A label at that edge standing far from the
// words before it is in the column too, whatever follows it: on a scan, OCR may read the next
// label of a stack ("b6 -2" over "b7E -5") into its line as a word.
static QSet<int> marginColumn(const QList<LabelRun> &runs, const QList<bool> &farFromBefore)
{
    constexpr double kAligned = 0.012;
    auto endsLine = [](const LabelRun &run) { return run.last + 1 == run.line->words.size(); };
    QSet<int> column;
    for (int i = 0; i < runs.size(); ++i) {
        if (!endsLine(runs[i]) && !farFromBefore[i])
            continue;
        const int aligned = int(std::count_if(runs.cbegin(), runs.cend(), [&](const LabelRun &other) {
            return &other != &runs[i] && endsLine(other) && other.line != runs[i].line
                && std::abs(other.box.left() - runs[i].box.left()) < kAligned;
        }));
        if (aligned >= 2)
            column.insert(i);
    }
    return column;
}

QList<LabelRun> RedactionReader::labelRuns(const QSet<int> &insideAnyBox, const QList<Redaction> &boxes) const
{
    const QList<PdfWord> &words = m_text.words();
    QStringList (*read)(const QString &) = m_checkHidden ? &ExemptionLabel::codesIn : &ExemptionLabel::codesInOcr;
    QList<LabelRun> runs;
    for (const TextLine &line : m_text.lines()) {
        for (int first = 0; first < line.words.size(); ++first) {
            // A label starts with this word when one of the grammar's parts starts there ("(b)"
            // of "(b) (6)", "Ex." of "Ex. 6").
            const QString ahead = m_text.textOf(line, first, std::min<int>(first + 3, int(line.words.size()) - 1));
            if (insideAnyBox.contains(line.words[first]))
                continue;
            // A label wrapped onto this line may open it with the word that joins it to the
            // part above ("and (b) (7)(D)").
            // On a scan, as OCR's misreadings fold back ("Fx. 4: Ex. 3" opens with a label).
            const QList<ExemptionLabel::Part> parts = ExemptionLabel::parts(m_checkHidden ? ahead : ExemptionLabel::asReadByOcr(ahead));
            if ((parts.isEmpty() || parts.first().start != 0) && !(first == 0 && startsWithJoin(ahead)))
                continue;
            // The longest run from here that is a label (a label may be split over several words
            // and text runs: "Ex." "6;" "Ex." "7(E)", "b6" "-1").
            int best = -1;
            for (int last = first; last < line.words.size() && last < first + 16; ++last) {
                // An ordinary word ends any label: no need to parse further.
                if (insideAnyBox.contains(line.words[last]) || (last > first && isProseWord(words[line.words[last]].text)))
                    break;
                // On a scan, as OCR's misreadings fold back ("Ex. 6 & Ex.5 & Ex. 1").
                const QString candidate = m_text.textOf(line, first, last);
                if (ExemptionLabel::isLabel(m_checkHidden ? candidate : ExemptionLabel::asReadByOcr(candidate)))
                    best = last;
            }
            if (best < 0)
                continue;
            const QString text = m_text.textOf(line, first, best);
            LabelRun run{&line, first, best, {}, read(text), false, text};
            for (int i = first; i <= best; ++i)
                run.box = run.box.united(words[line.words[i]].box);
            if (!run.codes.isEmpty())
                runs << run;
            first = best;
        }
    }
    // A continuation takes in the runs its words hold ("(b) (7)(E)" of "(C) and (b) (7)(E)").
    for (const LabelRun &continuation : continuations(runs, insideAnyBox, boxes)) {
        runs.removeIf([&continuation](const LabelRun &run) {
            return run.line == continuation.line && run.first >= continuation.first && run.first <= continuation.last;
        });
        runs << continuation;
    }
    return runs;
}

// Whether `lower` stands on the line of print right under `upper` (a label's line, or a stack's
// lines): close under its bottom, and below its top by half a line at least. On a scan the box
// of a line in small print reaches down with the descent of its parentheses, and the next line's
// top may stand a little above that bottom (seed 821's "(D)" under "(b) (7) (C). (b) (7)", a
// third of its height into it): the line builder had already set the two lines apart. A line is
// measured by the lower of the two heights: OCR may read two lines of a stack as one tall word
// ("A" for "-1" over "-1"), and `upper` may be a stack's lines so far.
static bool isNextLineDown(const QRectF &upper, const QRectF &lower)
{
    const double line = std::min(upper.height(), lower.height());
    const double gap = lower.top() - upper.bottom();
    return gap > -0.6 * line && gap < 0.8 * line && lower.top() - upper.top() > 0.5 * line;
}

// Lines that open with the rest of a label wrapped from the line above, in its column: "(C)"
// under "(b) (6) (b) (7)", "(7) (E)" under "(b)", "(5);(b) (4)" under "(b) (7) (E);(b)". Alone
// such a line reads as no label (or a wrong one); read on from the label above, it says what
// that label's last code is. A label wrapped over three lines or more goes on from the
// continuation above it ("(7)(E)" under "(7)(C) and (b)" under "(b) (6) and (b)"), read with all
// the lines before it.
QList<LabelRun> RedactionReader::continuations(const QList<LabelRun> &runs, const QSet<int> &insideAnyBox,
                                               const QList<Redaction> &boxes) const
{
    QList<LabelRun> found;
    for (QList<LabelRun> latest = runs; !latest.isEmpty();) {
        latest = continuationsOf(latest, runs + found, insideAnyBox, boxes);
        found += latest;
    }
    return found;
}

// The lines that go on from one of `above` (see continuations()); `known` are the runs found so
// far, whose lines go on from nothing. A wrapped label runs on unbroken: a box between two words
// ends it, and what follows the box is a sentence's or that box's own label ("A [box] FOIA
// Exemption (b)(6)" under a block's "b4 -1": the article is a stray letter to the grammar, and
// the run would have carried the next line's label up to the block's).
QList<LabelRun> RedactionReader::continuationsOf(const QList<LabelRun> &above, const QList<LabelRun> &known,
                                                 const QSet<int> &insideAnyBox, const QList<Redaction> &boxes) const
{
    QList<LabelRun> found;
    for (const TextLine &line : m_text.lines()) {
        for (int first = 0; first < line.words.size(); ++first) {
            if (const std::optional<LabelRun> run = continuationAt(line, first, above, known, insideAnyBox, boxes))
                found << *run;
        }
    }
    return found;
}

// The rest of a label of `above` wrapped onto `line` from its word `first`: the line's first word,
// or one standing far from the words before it, as a margin's column does from the sentence the
// line builder set beside it (seed 821: "(7)(C),(b) (4)" under "(b) (6),(b)", a little above the
// next sentence's line and read into it).
std::optional<LabelRun> RedactionReader::continuationAt(const TextLine &line, int first, const QList<LabelRun> &above,
                                                        const QList<LabelRun> &known, const QSet<int> &insideAnyBox,
                                                        const QList<Redaction> &boxes) const
{
    constexpr double kAligned = 0.012;
    const QList<PdfWord> &words = m_text.words();
    const QRectF head = words[line.words[first]].box;
    if (insideAnyBox.contains(line.words[first])
        || (first > 0 && head.left() - words[line.words[first - 1]].box.right() <= 3 * em(head))
        || std::any_of(known.cbegin(), known.cend(), [&](const LabelRun &run) { return run.line == &line && run.first == first; })) {
        return std::nullopt;
    }
    const auto upperRun = std::find_if(above.cbegin(), above.cend(), [&](const LabelRun &run) {
        return run.last + 1 == run.line->words.size() && std::abs(run.box.left() - head.left()) < kAligned
            && isNextLineDown(run.box, head);
    });
    if (upperRun == above.cend())
        return std::nullopt;
    // On a scan, as OCR's misreadings fold back ("(71(C)" for "(7)(C)").
    auto isLabel = [this](const QString &text) { return ExemptionLabel::isLabel(m_checkHidden ? text : ExemptionLabel::asReadByOcr(text)); };
    const QString upper = upperRun->text + QLatin1Char(' ');
    int best = -1;
    for (int last = first; last < line.words.size() && last < first + 16; ++last) {
        if (insideAnyBox.contains(line.words[last]) || isProseWord(words[line.words[last]].text)
            || (last > first && boxBetween(words[line.words[last - 1]].box, words[line.words[last]].box, boxes))) {
            break;
        }
        if (isLabel(upper + m_text.textOf(line, first, last)))
            best = last;
    }
    if (best < 0 || !opensWrappedLabel(upper, m_text.textOf(line, first, best)))
        return std::nullopt;
    const QString text = upper + m_text.textOf(line, first, best);
    QStringList (*read)(const QString &) = m_checkHidden ? &ExemptionLabel::codesIn : &ExemptionLabel::codesInOcr;
    LabelRun run{&line, first, best, {}, read(text), true, text};
    if (run.codes == upperRun->codes)
        return std::nullopt;
    for (int i = first; i <= best; ++i)
        run.box = run.box.united(words[line.words[i]].box);
    return run;
}

// Whether `line` can open the rest of the label `upper` wrapped onto it: with a piece of the label
// ("(C)" under "(b) (7)", "(5);(b) (4)" under "(b) (7) (E);(b)") or the word that joins it on
// ("and"). The grammar lets a stray letter or two pass, as OCR leaves them; a text layer has no
// stray letters, and a line that opens with a sentence's short word ("By (b)7(C)" under a
// block's "(b)(6),(b)(7)(A)", "A" before a box) is a sentence, its label the next box's.
bool RedactionReader::opensWrappedLabel(const QString &upper, const QString &line) const
{
    if (!m_checkHidden || startsWithJoin(line))
        return true;
    const qsizetype head = upper.size();
    const QList<ExemptionLabel::Part> parts = ExemptionLabel::parts(upper + line);
    return std::any_of(parts.cbegin(), parts.cend(), [head](const ExemptionLabel::Part &part) {
        return part.start <= head && head < part.end;
    });
}

// How much the page's lines rise or fall across the page (page heights per page width): the
// median slope of the lines long enough to measure, each fitted through its words' centres. A
// scan is skewed by up to about a degree; a text page's lines are level (0).
double RedactionReader::slant() const
{
    constexpr int kWordsToMeasure = 5;
    constexpr double kWidthToMeasure = 0.3;
    constexpr double kMostSlant = 0.04; // beyond about two degrees in page fractions: no skew but a layout
    const QList<PdfWord> &words = m_text.words();
    QList<double> slopes;
    for (const TextLine &line : m_text.lines()) {
        if (line.words.size() < kWordsToMeasure || line.box.width() < kWidthToMeasure)
            continue;
        double meanX = 0, meanY = 0;
        for (int index : line.words) {
            meanX += words[index].box.center().x();
            meanY += words[index].box.center().y();
        }
        meanX /= line.words.size();
        meanY /= line.words.size();
        double xx = 0, xy = 0;
        for (int index : line.words) {
            const QPointF c = words[index].box.center();
            xx += (c.x() - meanX) * (c.x() - meanX);
            xy += (c.x() - meanX) * (c.y() - meanY);
        }
        if (xx > 0)
            slopes << xy / xx;
    }
    if (slopes.size() < 3)
        return 0;
    std::nth_element(slopes.begin(), slopes.begin() + slopes.size() / 2, slopes.end());
    const double median = slopes[slopes.size() / 2];
    return std::abs(median) <= kMostSlant ? median : 0;
}

// The width of one em of a run's text, as a fraction of the page width.
double RedactionReader::em(const QRectF &run) const
{
    return run.height() * m_render.height() / std::max(1, m_render.width());
}

// Whether nothing printed stands between a label and a box on the same line.
bool RedactionReader::nothingBetween(const LabelRun &run, const QRectF &box, const QSet<int> &insideAnyBox) const
{
    const double from = std::min(run.box.right(), box.right()), to = std::max(run.box.left(), box.left());
    for (int index : run.line->words) {
        const QRectF word = m_text.words()[index].box;
        if (!insideAnyBox.contains(index) && word.center().x() > from && word.center().x() < to)
            return false;
    }
    return true;
}

// Prose close beside the run on its line: the run is a mention in a sentence, unless a box is
// right beside it (then the sentence runs around a redaction and its label).
bool RedactionReader::inProse(const LabelRun &run) const
{
    const TextLine &line = *run.line;
    const QList<PdfWord> &words = m_text.words();
    if (run.first > 0) {
        const QString before = m_text.textOf(line, std::max(0, run.first - 2), run.first - 1);
        const bool near = run.box.left() - words[line.words[run.first - 1]].box.right() < 3 * em(run.box);
        if (near && hasAlphanumeric(before, 4) && !before.trimmed().endsWith(QLatin1Char(':')))
            return true;
    }
    return proseAfter(run);
}

// Words of a sentence close after the run on its line.
bool RedactionReader::proseAfter(const LabelRun &run) const
{
    const TextLine &line = *run.line;
    if (run.last + 1 >= line.words.size())
        return false;
    const QString after = m_text.textOf(line, run.last + 1, std::min<int>(int(line.words.size()) - 1, run.last + 2));
    const bool near = m_text.words()[line.words[run.last + 1]].box.left() - run.box.right() < 3 * em(run.box);
    return near && hasAlphanumeric(after, 4) && !ExemptionLabel::isLabel(after);
}

// The box a label right beside it on its line belongs to (either side, nothing printed between):
// the nearest, and on a tie the one before it, as labels usually follow their box.
int RedactionReader::besideBox(const LabelRun &run, const QList<Redaction> &boxes, const QSet<int> &insideAnyBox) const
{
    const double reach = 2 * em(run.box);
    int nearest = -1;
    double nearestGap = 1e9;
    for (int i = 0; i < boxes.size(); ++i) {
        bool sameLine = false;
        const double gap = gapBetween(run.box, boxes[i].box, &sameLine);
        const double bias = boxes[i].box.center().x() < run.box.center().x() ? 0 : 1e-6;
        if (sameLine && gap <= reach && gap + bias < nearestGap && nothingBetween(run, boxes[i].box, insideAnyBox)) {
            nearestGap = gap + bias;
            nearest = i;
        }
    }
    return nearest;
}

// The box of a label standing apart (alone on its line, in a margin, above or below a box).
// A box whose label is printed on it or right beside it has its label: a label on the line below
// it belongs to a box of its own (the one above that line, not the next line's labelled box),
// and one whose box is not there (not found, or not a box) stays the page's.
int RedactionReader::nearestBox(const QRectF &label, const QList<Redaction> &boxes, const QSet<int> &labelledOwn, double slant)
{
    int nearest = -1;
    double nearestGap = 1e9;
    for (int i = 0; i < boxes.size(); ++i) {
        if (labelledOwn.contains(i))
            continue;
        bool sameLine = false;
        const double gap = gapBetween(levelled(label, boxes[i].box, slant), boxes[i].box, &sameLine);
        if (gap <= (sameLine ? kSameLineReach : kAboveBelowReach) && gap < nearestGap) {
            nearestGap = gap;
            nearest = i;
        }
    }
    return nearest;
}

// The box of each label standing apart (-1: none). A label level with a box's line is that box's
// (an FBI margin's), and the box has its label. The rest stand above or below boxes, where a
// label between two may be either's: one that ends a box and one that heads the next look alike,
// and the gaps alone mislead when the lines are set tight. Each box takes one such label, and
// the labels go where all of them find a box, as close as can be: the first or last label of a
// column has one box within reach, and that settles the side for the whole column. A label left
// over (a label in two blocks) goes to its nearest box, as before.
QList<int> RedactionReader::boxesOfApartLabels(const QList<LabelRun> &blocks, const QList<Redaction> &boxes,
                                               const QSet<int> &labelledOwn, double slant)
{
    QList<int> owners(blocks.size(), -1);
    QList<int> nearest(blocks.size(), -1);
    QSet<int> labelled = labelledOwn;
    QList<int> aboveOrBelow;
    for (int k = 0; k < blocks.size(); ++k) {
        const int box = nearest[k] = nearestBox(blocks[k].box, boxes, labelledOwn, slant);
        if (box < 0)
            continue;
        bool sameLine = false;
        gapBetween(levelled(blocks[k].box, boxes[box].box, slant), boxes[box].box, &sameLine);
        if (sameLine) {
            owners[k] = box;
            labelled << box;
        } else {
            aboveOrBelow << k;
        }
    }
    QList<QList<double>> gaps;
    for (int k : std::as_const(aboveOrBelow)) {
        QList<double> row;
        for (int i = 0; i < boxes.size(); ++i) {
            bool sameLine = false;
            const double gap = gapBetween(levelled(blocks[k].box, boxes[i].box, slant), boxes[i].box, &sameLine);
            row << (!labelled.contains(i) && !sameLine && gap <= kAboveBelowReach ? gap : LabelAssignment::kOutOfReach);
        }
        gaps << row;
    }
    const QList<int> placed = LabelAssignment::closest(gaps);
    for (int n = 0; n < aboveOrBelow.size(); ++n) {
        const int k = aboveOrBelow[n];
        owners[k] = placed[n] >= 0 ? placed[n] : nearest[k];
    }
    return owners;
}

// Labels standing apart that continue one another down a column ("b6 -1" over "b7C -1" in an
// FBI margin; a label wrapped over two lines) are one label: their first line says where it is.
QList<LabelRun> RedactionReader::stacked(QList<LabelRun> runs, const QList<Redaction> &boxes, double slant)
{
    std::sort(runs.begin(), runs.end(), [](const LabelRun &a, const LabelRun &b) { return a.box.top() < b.box.top(); });
    // How far a run stands above or below a box's line, the page's slant taken out; a run is on
    // the box's line when it overlaps it.
    auto offLine = [slant](const LabelRun &run, const QRectF &box) {
        const QRectF level = levelled(run.box, box, slant);
        bool sameLine = false;
        const bool on = gapBetween(level, box, &sameLine) <= kSameLineReach && sameLine;
        return on ? std::abs(level.center().y() - box.center().y()) : -1.0;
    };
    QList<LabelRun> blocks;
    QList<QRectF> extents;
    for (const LabelRun &run : std::as_const(runs)) {
        // The run most level with a box's line starts a new label there (the next redaction's),
        // however close the label above it stands. A stack's last line may run down beside the
        // next line's box (stacks are set tighter than the text, and a scan's slant moves a
        // margin a good part of a line): it stays its stack's when the next stack's first line is
        // more level with that box.
        const bool ownLine = !run.continuesAbove && std::any_of(boxes.cbegin(), boxes.cend(), [&](const Redaction &box) {
            const double off = offLine(run, box.box);
            return off >= 0 && std::none_of(runs.cbegin(), runs.cend(), [&](const LabelRun &other) {
                       const double otherOff = offLine(other, box.box);
                       return &other != &run && !other.continuesAbove && otherOff >= 0 && otherOff < off;
                   });
        });
        bool joined = ownLine;
        for (int i = 0; i < blocks.size() && !joined; ++i) {
            const QRectF &extent = extents[i];
            const bool column = std::abs(run.box.left() - extent.left()) < 0.02 || std::abs(run.box.right() - extent.right()) < 0.02;
            if (column && isNextLineDown(extent, run.box)) {
                blocks[i].codes = ExemptionLabel::normalized(blocks[i].codes + run.codes);
                extents[i] = extent.united(run.box);
                joined = true;
            }
        }
        if (!joined || ownLine) {
            blocks << run;
            extents << run.box;
        }
    }
    return blocks;
}

void RedactionReader::assign(Redaction &redaction, const QStringList &codes, const QString &label)
{
    redaction.exemptions = ExemptionLabel::normalized(redaction.exemptions + codes);
    // "(b)(7)" beside "(b)(7)(C)" is the head of a label wrapped after its 7, not a code of its own.
    const bool subparagraph = std::any_of(redaction.exemptions.cbegin(), redaction.exemptions.cend(), [](const QString &code) {
        return code.startsWith(QLatin1String("(b)(7)("));
    });
    if (subparagraph)
        redaction.exemptions.removeAll(QStringLiteral("(b)(7)"));
    if (redaction.label.isEmpty())
        redaction.label = label;
}

// One label for a row of boxes side by side (table cells, a name split around a space): boxes
// in line with a labelled one, a small gap apart and without a label of their own, take its label.
void RedactionReader::shareAlongRows(QList<Redaction> &redactions, const QSet<int> &labelledBeside) const
{
    const double aspect = double(m_render.height()) / std::max(1, m_render.width());
    for (int from : labelledBeside) {
        QList<int> row{from};
        for (int k = 0; k < row.size(); ++k) {
            const QRectF box = redactions[row[k]].box;
            for (int i = 0; i < redactions.size(); ++i) {
                const QRectF other = redactions[i].box;
                const bool inLine = std::abs(other.top() - box.top()) < 0.3 * box.height()
                    && std::abs(other.bottom() - box.bottom()) < 0.3 * box.height();
                const double gap = std::max(other.left() - box.right(), box.left() - other.right());
                if (!row.contains(i) && inLine && gap >= 0 && gap < 1.2 * box.height() * aspect
                    && redactions[i].exemptions.isEmpty()) {
                    row << i;
                }
            }
        }
        for (int i : std::as_const(row))
            assign(redactions[i], redactions[from].exemptions, redactions[from].label);
    }
}

QList<Redaction> RedactionReader::finish(const QList<BoxReading> &readings, QStringList *looseCodes) const
{
    QList<Redaction> result;
    QList<bool> coloured;
    QSet<int> insideAnyBox;
    const QList<PdfWord> &words = m_text.words();
    for (const BoxReading &reading : readings) {
        if (isRedaction(reading)) {
            result << reading.redaction;
            coloured << reading.box.coloured;
        }
    }
    forgetRepeatedHiddenText(result);
    const double pageSlant = slant();
    for (int i = 0; i < words.size(); ++i) {
        for (const Redaction &redaction : std::as_const(result)) {
            if (onBox(redaction.box, words[i].box.center(), pageSlant))
                insideAnyBox.insert(i);
        }
    }

    // Labels beside boxes. Geometry decides first: a label right beside a box on its line is that
    // box's, whatever the sentence around it does. A label with no box beside it counts only when
    // it stands apart (a margin, a line of its own, above or below a box); in a sentence it is a
    // mention of an exemption, not a label.
    QList<LabelRun> apart;
    QSet<int> labelledBeside;
    const QList<LabelRun> runs = labelRuns(insideAnyBox, result);
    QList<bool> farFromBefore;
    for (const LabelRun &run : runs) {
        // A label that opens its line stands apart from what comes before it, unless the sentence
        // it opens goes on right after it ("Exemption 5 protects deliberative material, see
        // 552(b)(5)"): that is a mention, however many labels above or below a box stand at the
        // same left edge.
        if (run.first == 0)
            farFromBefore << !proseAfter(run);
        else
            farFromBefore << (run.box.left() - words[run.line->words[run.first - 1]].box.right() > 3 * em(run.box));
    }
    const QSet<int> margin = marginColumn(runs, farFromBefore);
    for (int r = 0; r < runs.size(); ++r) {
        const LabelRun &run = runs[r];
        const QString label = m_text.textOf(*run.line, run.first, run.last);
        if (const int box = run.continuesAbove ? -1 : besideBox(run, result, insideAnyBox); box >= 0) {
            assign(result[box], run.codes, label);
            labelledBeside << box;
        } else if (margin.contains(r) || !inProse(run)) {
            apart << run;
        }
    }
    QSet<int> labelledOwn;
    for (int i = 0; i < result.size(); ++i) {
        if (!result[i].exemptions.isEmpty())
            labelledOwn << int(i);
    }
    const QList<LabelRun> blocks = stacked(apart, result, pageSlant);
    const QList<int> owners = boxesOfApartLabels(blocks, result, labelledOwn, pageSlant);
    for (int k = 0; k < blocks.size(); ++k) {
        const LabelRun &block = blocks[k];
        if (const int box = owners[k]; box >= 0) {
            assign(result[box], block.codes, m_text.textOf(*block.line, block.first, block.last));
            labelledBeside << box;
        } else if (looseCodes) {
            *looseCodes << block.codes;
        }
    }
    shareAlongRows(result, labelledBeside);
    // A coloured box with no label is a banner, a logo or an icon, unless it hides words: a
    // redaction tool's navy over live text is a redaction whatever its colour.
    for (qsizetype i = result.size() - 1; i >= 0; --i) {
        if (coloured[i] && result[i].exemptions.isEmpty() && result[i].textUnderBox.isEmpty())
            result.removeAt(i);
    }
    return result;
}

} // namespace rebuttal
