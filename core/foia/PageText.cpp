#include "PageText.h"

#include "domain/ExemptionLabel.h"

#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace rebuttal {

namespace {

// Bates numbers end in a zero-padded counter: 5+ digits, or 4 starting with 0. Dates like
// "JAN-2022" and page footers like "Page 3" do not qualify.
bool isBatesToken(const QString &token)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z0-9]+(?:[-_][A-Z0-9]+)*$"));
    static const QRegularExpression counter(QStringLiteral("(\\d+)$"));
    if (token.size() < 6 || !shape.match(token).hasMatch())
        return false;
    // An alien registration number ("A091008569", "A-091-008-569"), printed near the top of every
    // immigration form, is the person's, not the page's.
    static const QRegularExpression alienNumber(QStringLiteral("^A-?(?:\\d{8}|\\d{3}-?\\d{3}-?\\d{3})$"));
    if (alienNumber.match(token).hasMatch())
        return false;
    if (!std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isLetter(); }))
        return false;
    const QString digits = counter.match(token).captured(1);
    return digits.size() >= 5 || (digits.size() == 4 && digits.startsWith(QLatin1Char('0')));
}

} // namespace

PageText::PageText(QList<PdfWord> words)
    : m_words(std::move(words))
{
    // The words of one printed line follow one another at one height: a word standing over,
    // under or right beside one of a line's words, half a word's height lower or higher, is
    // another line's. A line grows as words join it, and on a skewed page (or where a margin's
    // labels are set tighter than the text beside them: "b7C -2" under "b6 -1") it can reach
    // down to the next line's words. A word drawn twice at one place (a fake bold) is still one
    // line's, and so is a dash or a comma set a little higher or lower than its neighbours.
    auto stacksUnder = [this](const TextLine &line, const QRectF &box) {
        return std::any_of(line.words.cbegin(), line.words.cend(), [&](int index) {
            const QRectF other = m_words[index].box;
            const double taller = std::max(other.height(), box.height());
            const double apart = std::max(other.left(), box.left()) - std::min(other.right(), box.right());
            return apart < taller && std::abs(other.center().y() - box.center().y()) > 0.5 * taller;
        });
    };
    // Group words into lines by vertical overlap, then order each line left to right.
    QList<int> order(m_words.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return m_words[a].box.center().y() < m_words[b].box.center().y();
    });
    for (int index : std::as_const(order)) {
        const QRectF box = m_words[index].box;
        if (m_words[index].text.trimmed().isEmpty())
            continue;
        TextLine *home = nullptr;
        for (auto it = m_lines.rbegin(); it != m_lines.rend() && it - m_lines.rbegin() < 3; ++it) {
            const double overlap = std::min(it->box.bottom(), box.bottom()) - std::max(it->box.top(), box.top());
            if (overlap > 0.5 * std::min(it->box.height(), box.height()) && !stacksUnder(*it, box)) {
                home = &*it;
                break;
            }
        }
        if (!home) {
            m_lines.append(TextLine{});
            home = &m_lines.last();
            home->box = box;
        }
        home->words << index;
        home->box = home->box.united(box);
    }
    for (TextLine &line : m_lines) {
        std::sort(line.words.begin(), line.words.end(),
                  [this](int a, int b) { return m_words[a].box.left() < m_words[b].box.left(); });
        line.text = textOf(line, 0, int(line.words.size()) - 1);
    }
}

QString PageText::textOf(const TextLine &line, int first, int last) const
{
    QString text;
    for (int i = first; i <= last && i < line.words.size(); ++i) {
        const PdfWord &word = m_words[line.words[i]];
        text += word.text;
        if (i < last)
            text += QLatin1Char(' ');
    }
    return text;
}

QString PageText::plainText() const
{
    QStringList lines;
    for (const TextLine &line : m_lines)
        lines << line.text;
    return lines.join(QLatin1Char('\n'));
}

bool PageText::isEmpty() const
{
    return m_lines.isEmpty();
}

QString PageText::batesNumber() const
{
    QString best;
    double bestScore = -1;
    for (const TextLine &line : m_lines) {
        const QPointF c = line.box.center();
        // Stamps sit in the margins: the bottom and top bands, or the side edges.
        const double edge = std::max({c.y() - 0.85, 0.12 - c.y(), c.x() - 0.88, 0.10 - c.x()});
        if (edge < 0)
            continue;
        // Stamps split across words ("2019-ICLI-00003 -022454") are joined where a hyphen meets.
        QStringList tokens = line.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 0; i < tokens.size(); ++i) {
            QString token = tokens[i];
            int j = i;
            // OCR also breaks a stamp's counter with a stray space ("...-5683-1 150397").
            static const QRegularExpression digitsOnly(QStringLiteral("^\\d+$"));
            while (j + 1 < tokens.size()
                   && (token.endsWith(QLatin1Char('-')) || tokens[j + 1].startsWith(QLatin1Char('-'))
                       || (!isBatesToken(token) && token.contains(QLatin1Char('-')) && token.back().isDigit()
                           && digitsOnly.match(tokens[j + 1]).hasMatch()))) {
                token += tokens[++j];
            }
            token.remove(QRegularExpression(QStringLiteral("^[^A-Z0-9]+|[^A-Z0-9]+$")));
            // OCR reads the J of a stamp's prefix as a brace or a bracket, its I as a bar or a 1
            // ("DO}-OIP-000469", "O|P", "2019-1CLI-00003"): signs no stamp carries between its
            // capitals, and a 1 opening a part of capitals only.
            static const QRegularExpression jAsBrace(QStringLiteral("(?<=[A-Z])[}\\]](?=[A-Z]*[-_])"));
            static const QRegularExpression iAsBar(QStringLiteral("(?<=[A-Z])\\|(?=[A-Z])|(?<=^|[-_])1(?=[A-Z]{2,}[-_])"));
            token.replace(jAsBrace, QStringLiteral("J")).replace(iAsBar, QStringLiteral("I"));
            if (!isBatesToken(token))
                continue;
            // Prefer the lowest stamp, then the rightmost.
            const double score = edge * 10 + c.x() * 0.1;
            if (score > bestScore) {
                bestScore = score;
                best = token;
            }
        }
    }
    return best;
}

bool PageText::isWithheldNotice(QStringList *exemptions) const
{
    static const QRegularExpression notice(
        QStringLiteral("withheld\\s+(?:in\\s+(?:full|its\\s+entirety|toto)|entirely|pursuant\\s+to)"
                       "|(?:page|pages|document)\\s+(?:has\\s+been\\s+|have\\s+been\\s+|was\\s+|were\\s+)?withheld"
                       "|withheld\\s+(?:under|per)\\s+(?:foia\\s+)?exemptions?"
                       "|retenid[oa]s?\\s+en\\s+su\\s+totalidad"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = plainText().simplified();
    const QRegularExpressionMatch match = notice.match(text);
    if (!match.hasMatch())
        return false;
    // A withheld page carries the notice and little else (a Bates stamp, a header); a page that
    // discusses withholdings (a Vaughn index, a letter) has far more words.
    const qsizetype words = text.count(QLatin1Char(' ')) + 1;
    if (words > 60)
        return false;
    if (exemptions)
        *exemptions = ExemptionLabel::codesIn(text);
    return true;
}

} // namespace rebuttal
