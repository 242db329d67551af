#include "RedactionReader.h"

#include "ExemptionLabel.h"

#include <QRegularExpression>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace rebuttal {

namespace {

// How far from a box a label may stand and still be its label (fractions of the page).
constexpr double kSameLineReach = 0.25;
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

bool hasAlphanumeric(const QString &text, int atLeast)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); }) >= atLeast;
}

int letterCount(const QString &text)
{
    return int(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); }));
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

// A glyph is hidden when nothing of it shows in its area of the render: all box. White label
// text on a box shows, and so does text printed on top of a box.
bool RedactionReader::isHidden(const QRectF &character, int boxGray) const
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
    int total = 0, marks = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar *line = m_render.constScanLine(y);
        for (int x = area.left(); x <= area.right(); ++x) {
            ++total;
            marks += contrasts(line[x], boxGray);
        }
    }
    return marks <= total * 0.03;
}

bool RedactionReader::hasMarks(const FilledBox &box) const
{
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
        // Half a pixel of slack: glyph boxes often overhang the box edge by a hair.
        const QRectF reach = reading.redaction.box.adjusted(-0.002, -0.002, 0.002, 0.002);
        QStringList visible, hidden;
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
                    if (m_checkHidden && isHidden(character, box.gray))
                        hiddenPart += word.text[i];
                    else if (!character.isEmpty())
                        ++visibleInside;
                }
                // Stamps (exhibit numbers, Bates, filing headers) in the page's top and bottom bands
                // are applied over everything; they are never content a box hides.
                // Most of what lies in the box must be hidden: a few letters of a label whose
                // middle happens to fall on fill between strokes are not.
                const qsizetype inside = hiddenPart.size() + visibleInside;
                if (hasAlphanumeric(hiddenPart, 1) && hiddenPart.size() * 10 >= inside * 6 && !PageText::inStampBand(word.box))
                    hidden << word.text;
                if (!reach.contains(word.box.center())) {
                    // Mostly outside: a word beside the box. If some of its letters show on the
                    // "box", the box is really a clump of bold letters.
                    if (visibleInside >= 1 && hiddenPart.isEmpty())
                        reading.straddlesText = reading.straddlesText || hasAlphanumeric(word.text, 2);
                    continue;
                }
                if (visibleInside > 0)
                    visible << word.text;
                // A visible word that runs on past the box's edge is one the "box" is part of:
                // a bold letter or two, not a box with something printed on it.
                if (visibleInside > 0 && hiddenPart.isEmpty() && visibleInside < word.characters.size()
                    && hasAlphanumeric(word.text, 2)) {
                    reading.straddlesText = true;
                }
            }
        }
        reading.visibleText = visible.join(QLatin1Char(' '));
        const QString hiddenText = hidden.join(QLatin1Char(' '));
        // A redaction's own reason printed under it ("Privilege", "(b)(6)") is its label, not
        // the content it removed.
        if (hasAlphanumeric(hiddenText, 2) && !isReasonLabel(hiddenText))
            reading.redaction.textUnderBox = hiddenText;
        reading.redaction.exemptions = boxCodes(reading.visibleText, &ExemptionLabel::codesIn);
        if (!reading.redaction.exemptions.isEmpty())
            reading.redaction.label = reading.visibleText;
        readings << reading;
    }
    return readings;
}

QStringList RedactionReader::boxCodes(const QString &label, QStringList (*read)(const QString &))
{
    QStringList codes = read(label);
    // Exemption 7 always names its subparagraph: a bare "(b)(7)" on a box is a label cut off
    // by the box's edge.
    codes.removeAll(QStringLiteral("(b)(7)"));
    return codes;
}

bool RedactionReader::isRedaction(const BoxReading &reading)
{
    const DetectedRedaction &redaction = reading.redaction;
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

void RedactionReader::forgetRepeatedHiddenText(QList<DetectedRedaction> &redactions)
{
    QHash<QString, int> seen;
    for (const DetectedRedaction &redaction : std::as_const(redactions)) {
        if (!redaction.textUnderBox.isEmpty())
            ++seen[redaction.textUnderBox.simplified()];
    }
    for (DetectedRedaction &redaction : redactions) {
        if (!redaction.textUnderBox.isEmpty() && seen.value(redaction.textUnderBox.simplified()) >= kRepeatedHiddenText)
            redaction.textUnderBox.clear();
    }
}

QList<DetectedRedaction> RedactionReader::finish(const QList<BoxReading> &readings, QStringList *looseCodes) const
{
    QList<DetectedRedaction> result;
    QSet<int> insideAnyBox;
    const QList<PdfWord> &words = m_text.words();
    for (const BoxReading &reading : readings) {
        if (isRedaction(reading))
            result << reading.redaction;
    }
    forgetRepeatedHiddenText(result);
    for (int i = 0; i < words.size(); ++i) {
        for (const DetectedRedaction &redaction : std::as_const(result)) {
            if (redaction.box.adjusted(-0.002, -0.002, 0.002, 0.002).contains(words[i].box.center()))
                insideAnyBox.insert(i);
        }
    }

    // Labels beside boxes: runs of words on a line that read as a label and nothing else.
    for (const TextLine &line : m_text.lines()) {
        for (int first = 0; first < line.words.size(); ++first) {
            if (insideAnyBox.contains(line.words[first])
                || ExemptionLabel::codesIn(words[line.words[first]].text).isEmpty()) {
                continue;
            }
            int last = first;
            while (last + 1 < line.words.size() && !insideAnyBox.contains(line.words[last + 1])
                   && ExemptionLabel::isLabel(m_text.textOf(line, first, last + 1))) {
                ++last;
            }
            const QString label = m_text.textOf(line, first, last);
            const QStringList codes = ExemptionLabel::codesIn(label);
            if (!ExemptionLabel::isLabel(label) || codes.isEmpty())
                continue;
            QRectF runBox;
            for (int i = first; i <= last; ++i)
                runBox = runBox.united(words[line.words[i]].box);
            // Only a label standing apart counts: a code inside a sentence is a mention.
            if (last - first + 1 < line.words.size() && !ExemptionLabel::isLabel(line.text)) {
                const QString before = m_text.textOf(line, std::max(0, first - 2), first - 1);
                const QString after = m_text.textOf(line, last + 1, std::min<int>(int(line.words.size()) - 1, last + 2));
                const bool prose = hasAlphanumeric(before, 4) && !before.trimmed().endsWith(QLatin1Char(':'));
                if (prose || (hasAlphanumeric(after, 4) && !ExemptionLabel::isLabel(after)))
                    continue;
            }
            int nearest = -1;
            double nearestGap = 1e9;
            for (int i = 0; i < result.size(); ++i) {
                bool sameLine = false;
                const double gap = gapBetween(runBox, result[i].box, &sameLine);
                if (gap <= (sameLine ? kSameLineReach : kAboveBelowReach) && gap < nearestGap) {
                    nearestGap = gap;
                    nearest = i;
                }
            }
            if (nearest >= 0) {
                result[nearest].exemptions = ExemptionLabel::normalized(result[nearest].exemptions + codes);
                if (result[nearest].label.isEmpty())
                    result[nearest].label = label;
            } else if (looseCodes) {
                *looseCodes << codes;
            }
            first = last;
        }
    }
    return result;
}

} // namespace rebuttal
